// Log streaming: a COMMAND run whose trainer is `node -e` printing 100,000 short lines as fast as
// it can, followed live by a graphql-ws client on runLogAppended(runId). Prints lines/s stored
// and delivered, the lag from the process's last line to the last chunk received, and checks
// that seq has no gap and no duplicate. A second subscriber then replays the finished run.
//
//   node --import tsx bench/log-stream.ts [--lines=100000] [--wait-seconds=120]
import { writeTrainersFile } from '../server/test/trainers.ts';
import {
  benchOptions,
  ms,
  printPairs,
  printTable,
  type Row,
  runBench,
  seedDataset,
  subscribe,
  summarize,
  watchEventLoop,
} from './common.ts';

const { lines, 'wait-seconds': waitSeconds } = benchOptions('Usage: node --import tsx bench/log-stream.ts [options]', {
  lines: { kind: 'int', default: 100_000, help: 'lines the trainer prints' },
  'wait-seconds': { kind: 'int', default: 120, help: 'how long to wait for the run' },
});

// One line of JavaScript: the worker echoes the argv as the run's first log line. Every 1000th
// line carries the time it was written, to measure the live delivery lag of single lines.
const script = [
  `const n=${lines},out=process.stdout;let b='';`,
  `out.write('bench-start '+Date.now()+'\\n');`,
  `for(let i=1;i<=n;i++){b+=i%1000===0?'line '+i+' @'+Date.now()+'\\n':'line '+i+'\\n';if(b.length>=65536){out.write(b);b='';}}`,
  `out.write(b);out.write('bench-end '+Date.now()+'\\n');`,
].join('');

const LOGS = `subscription($runId: ID!, $afterSeq: Int) { runLogAppended(runId: $runId, afterSeq: $afterSeq) { seq text } }`;
const RUN = `query($id: ID!) { node(id: $id) { ... on Run { status error startedAt finishedAt lastLogSeq } } }`;
const LAST_CHUNK = `query($id: ID!, $afterSeq: Int) { node(id: $id) { ... on Run { logs(afterSeq: $afterSeq, first: 1) { edges { node { seq createdAt } } } } } }`;

type Chunk = { seq: number; text: string };

/** Follows one run's log and checks it as it arrives: seq 1, 2, 3 … and `line 1` … `line n` in order. */
function follower() {
  const state = {
    chunks: 0,
    messages: 0,
    nextSeq: 1,
    seqProblems: 0,
    nextLine: 1,
    lineProblems: 0,
    firstAt: Number.NaN,
    firstLineAt: Number.NaN,
    lastAt: Number.NaN,
    start: Number.NaN,
    end: Number.NaN,
    /** Receive time minus write time of every 1000th line, ms. */
    lineLag: [] as number[],
  };
  const onEvent = ({ runLogAppended }: { runLogAppended: Chunk[] }, at: number) => {
    state.messages += 1;
    if (Number.isNaN(state.firstAt)) state.firstAt = at;
    state.lastAt = at;
    for (const { seq, text } of runLogAppended) {
      state.chunks += 1;
      if (seq !== state.nextSeq) state.seqProblems += 1;
      state.nextSeq = seq + 1;
      if (text.startsWith('line ')) {
        if (Number.isNaN(state.firstLineAt)) state.firstLineAt = at;
        const [, number, stamp] = /^line (\d+)(?: @(\d+))?\n$/.exec(text) ?? [];
        if (Number(number) !== state.nextLine) state.lineProblems += 1;
        state.nextLine = Number(number) + 1;
        if (stamp) state.lineLag.push(at - Number(stamp));
      } else if (text.startsWith('bench-start ')) state.start = Number(text.slice(12));
      else if (text.startsWith('bench-end ')) state.end = Number(text.slice(10));
    }
  };
  return { state, onEvent };
}

await runBench(
  `log-stream: ${lines.toLocaleString('en-US')} lines from a COMMAND run to a runLogAppended subscriber`,
  // The trainer is declared in a trainers file, as an operator would, and the run names it.
  {
    env: {
      WORKER_ENABLED: 'true',
      TRAINERS_FILE: writeTrainersFile({ 'log-stream': { argv: [process.execPath, '-e', script] } }),
    },
  },
  async (server) => {
    printPairs('settings', { lines, trainer: `${process.execPath} -e <script> (64 KiB writes)` });
    const datasetId = await seedDataset(server, 5, 'log-stream');

    const created = await server.ok<{ createRun: { run: { id: string } } }>(
      `mutation($input: CreateRunInput!) { createRun(input: $input) { run { id } } }`,
      {
        input: {
          datasetId,
          executor: 'COMMAND',
          name: 'log-stream',
          config: { trainer: 'log-stream', timeoutSeconds: waitSeconds },
        },
      },
    );
    const runId = created.createRun.run.id;
    const loop = watchEventLoop();
    const live = follower();
    const liveSub = subscribe(server.wsClient(), LOGS, { runId, afterSeq: 0 }, live.onEvent);
    let liveError: unknown;
    await liveSub
      .until(() => false, waitSeconds * 1000, 'the log subscription to end')
      .catch((error: unknown) => (liveError = error));

    const loopDelay = loop.stop();
    const run = (
      await server.ok<{
        node: { status: string; error: string | null; startedAt: string; finishedAt: string | null; lastLogSeq: number };
      }>(RUN, { id: runId })
    ).node;
    const lastChunk = await server.ok<{ node: { logs: { edges: { node: { seq: number; createdAt: string } }[] } } }>(LAST_CHUNK, {
      id: runId,
      afterSeq: run.lastLogSeq - 1,
    });
    const lastStoredAt = Date.parse(lastChunk.node.logs.edges[0]?.node.createdAt ?? '');

    // A late subscriber replays the finished run from the database.
    const replay = follower();
    const replayStart = Date.now();
    const replaySub = subscribe(server.wsClient(), LOGS, { runId, afterSeq: 0 }, replay.onEvent);
    await replaySub.until(() => false, waitSeconds * 1000, 'the replay to end');
    const replaySeconds = (replay.state.lastAt - replayStart) / 1000;

    const s = live.state;
    const childSeconds = (s.end - s.start) / 1000;
    const storedSeconds = (lastStoredAt - s.start) / 1000;
    const deliveredSeconds = (s.lastAt - s.start) / 1000;
    const total = run.lastLogSeq;
    const rows: Row[] = [
      {
        stage: 'written by the trainer',
        chunks: lines,
        seconds: childSeconds.toFixed(2),
        'lines/s': Math.round(lines / childSeconds),
      },
      {
        stage: 'stored (trainer start → last chunk createdAt)',
        chunks: total,
        seconds: storedSeconds.toFixed(2),
        'lines/s': Math.round(total / storedSeconds),
      },
      {
        stage: 'delivered live (trainer start → last chunk received)',
        chunks: s.chunks,
        seconds: deliveredSeconds.toFixed(2),
        'lines/s': Math.round(s.chunks / deliveredSeconds),
      },
      {
        stage: 'replayed after the run (subscribe → last chunk)',
        chunks: replay.state.chunks,
        seconds: replaySeconds.toFixed(2),
        'lines/s': Math.round(replay.state.chunks / replaySeconds),
      },
    ];
    printTable('throughput', rows);
    const lag = summarize(s.lineLag);
    printTable('lag', [
      { measure: 'trainer start → "line 1" received', value: ms(s.firstLineAt - s.start) },
      { measure: 'trainer last line → last chunk stored', value: ms(lastStoredAt - s.end) },
      { measure: 'trainer last line → last chunk received (end-to-end lag)', value: ms(s.lastAt - s.end) },
      { measure: 'trainer last line → run finishedAt', value: ms(Date.parse(run.finishedAt ?? '') - s.end) },
      { measure: `live line lag p50 (every 1000th line, ${lag.count} samples)`, value: ms(lag.p50) },
      { measure: 'live line lag p95', value: ms(lag.p95) },
      { measure: 'live line lag max', value: ms(lag.max) },
      { measure: 'event-loop delay p99 while live (server + client process)', value: ms(loopDelay.p99) },
      { measure: 'event-loop delay max while live', value: ms(loopDelay.max) },
    ]);
    const expectedChunks = lines + 3; // "$ node -e …", bench-start, the lines, bench-end
    const check = (f: ReturnType<typeof follower>['state']) =>
      f.seqProblems === 0 && f.nextSeq === total + 1 && f.lineProblems === 0 && f.nextLine === lines + 1 ? 'OK' : 'FAIL';
    printPairs('checks', {
      'run status': run.status + (run.error ? ` (${run.error})` : ''),
      'chunks stored (lastLogSeq)': `${total} (expected ${expectedChunks})`,
      'live: messages / chunks': `${s.messages} / ${s.chunks} (${(s.chunks / s.messages).toFixed(0)} chunks per message)`,
      'live: seq 1…lastLogSeq, no gap or duplicate; lines in order': `${check(s)} (${s.seqProblems} seq, ${s.lineProblems} line problems)`,
      'replay: seq 1…lastLogSeq, no gap or duplicate; lines in order': `${check(replay.state)} (${replay.state.seqProblems} seq, ${replay.state.lineProblems} line problems)`,
      'live subscription ended by the server': liveSub.done && !liveError ? 'yes' : `no: ${String(liveError ?? liveSub.error)}`,
    });
    if (
      run.status !== 'SUCCEEDED' ||
      total !== expectedChunks ||
      check(s) !== 'OK' ||
      check(replay.state) !== 'OK' ||
      liveError
    ) {
      throw new Error('the log stream was incomplete or out of order');
    }
  },
);
