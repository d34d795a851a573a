import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ResumableContext } from '../../graphql/client';
import { logChunk } from '../../test/fixtures';
import { createMockClient } from '../../test/mockClient';
import { renderAt } from '../../test/render';
import { RunLogs } from './RunLogs';

const runId = 'UnVuOjE=';
const emitChunks = (mock: ReturnType<typeof createMockClient>, ...chunks: ReturnType<typeof logChunk>[]) =>
  act(() => mock.emit('RunLogAppended', { runLogAppended: chunks }));

describe('RunLogs', () => {
  it('appends chunks in order, stderr in red, and says it is live', async () => {
    const mock = createMockClient({});
    renderAt(`/runs/${runId}`, <RunLogs runId={runId} runFinished={false} />, mock);

    expect((await screen.findByTestId('run:logs-live')).textContent).toBe('● live');
    emitChunks(mock, logChunk(1, 'loading dataset\n'), logChunk(2, 'epoch 1/2 step 23 trainLoss=3.19\n'));
    emitChunks(mock, logChunk(3, 'warning: tiny dataset\n', 'STDERR'));

    const chunks = screen.getAllByTestId('run:log-chunk');
    expect(chunks.map((chunk) => chunk.dataset.seq)).toEqual(['1', '2', '3']);
    expect(screen.getByTestId('run:logs').textContent).toBe(
      'loading dataset\nepoch 1/2 step 23 trainLoss=3.19\nwarning: tiny dataset\n',
    );
    expect(chunks[2]?.className).toContain('log__chunk--stderr');
    expect(chunks[0]?.className).not.toContain('log__chunk--stderr');
    expect(screen.getByTestId('run:logs-count').textContent).toBe('3 chunks');
  });

  it('ignores chunks it already has (a replay after a reconnect)', async () => {
    const mock = createMockClient({});
    renderAt(`/runs/${runId}`, <RunLogs runId={runId} runFinished={false} />, mock);
    await screen.findByTestId('run:logs-live');

    emitChunks(mock, logChunk(1, 'a\n'), logChunk(2, 'b\n'));
    emitChunks(mock, logChunk(2, 'b\n'), logChunk(3, 'c\n'));

    expect(screen.getByTestId('run:logs').textContent).toBe('a\nb\nc\n');
  });

  it('subscribes from seq 0 and resubscribes after the last seq it has', async () => {
    const mock = createMockClient({});
    renderAt(`/runs/${runId}`, <RunLogs runId={runId} runFinished={false} />, mock);
    await screen.findByTestId('run:logs-live');

    const subscription = mock.operations.find((operation) => operation.kind === 'subscription');
    if (!subscription) throw new Error('no subscription sent');
    expect(subscription.variables).toEqual({ runId, afterSeq: 0 });
    const resume = (subscription.context as ResumableContext).resumeVariables;
    // What graphql-ws sends again after a reconnect (see createSubscriptionForwarder).
    expect(resume?.()).toEqual({ afterSeq: 0 });

    emitChunks(mock, logChunk(1, 'a\n'), logChunk(2, 'b\n'), logChunk(3, 'c\n', 'STDERR'));
    expect(resume?.()).toEqual({ afterSeq: 3 });
  });

  it('says "complete" once the run has ended and the stream is done', async () => {
    const mock = createMockClient({});
    const { rerender } = renderAt(`/runs/${runId}`, <RunLogs runId={runId} runFinished={false} />, mock);
    await screen.findByTestId('run:logs-live');
    emitChunks(mock, logChunk(1, 'done\n'));
    act(() => mock.complete('RunLogAppended'));
    rerender(<RunLogs runId={runId} runFinished />);

    expect(screen.getByTestId('run:logs-live').textContent).toBe('complete');
    expect(screen.getByTestId('run:logs').textContent).toBe('done\n');
  });

  it('stops following when the reader scrolls up, and follows again on request', async () => {
    const mock = createMockClient({});
    renderAt(`/runs/${runId}`, <RunLogs runId={runId} runFinished={false} />, mock);
    const box = await screen.findByTestId('run:logs');
    // jsdom has no layout: give the box a size.
    Object.defineProperty(box, 'scrollHeight', { configurable: true, value: 1000 });
    Object.defineProperty(box, 'clientHeight', { configurable: true, value: 300 });

    emitChunks(mock, logChunk(1, 'a\n'));
    expect(box.scrollTop).toBe(1000);

    box.scrollTop = 200;
    fireEvent.scroll(box);
    emitChunks(mock, logChunk(2, 'b\n'));
    expect(box.scrollTop).toBe(200);

    fireEvent.click(screen.getByTestId('run:logs-follow'));
    expect(box.scrollTop).toBe(1000);
    expect(screen.queryByTestId('run:logs-follow')).toBeNull();
  });
});
