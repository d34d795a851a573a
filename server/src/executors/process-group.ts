// A trainer runs as the leader of its own process group, so stopping a run stops everything it
// started: launchers fork workers, and a grandchild that ignores SIGTERM still dies by SIGKILL.
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';

export interface GroupExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ProcessGroup {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** SIGTERM to the whole group now, SIGKILL to it after the grace period. */
  stop(): void;
  /** The leader's exit, once it exited and the group's output pipes are closed. */
  finished: Promise<GroupExit>;
}

/** Signals every process of the group; false when none is left. */
export function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

const liveGroups = new Set<number>();
let exitHookInstalled = false;

/** Starts argv in a new process group (stdin closed, stdout and stderr piped). */
export function spawnProcessGroup(
  program: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; graceMs: number },
): ProcessGroup {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    // A server process that exits, even on a crash, takes its trainers with it.
    process.once('exit', () => {
      for (const pgid of liveGroups) signalGroup(pgid, 'SIGKILL');
    });
  }
  const child = spawn(program, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const pgid = child.pid;
  if (pgid) liveGroups.add(pgid);
  let killTimer: NodeJS.Timeout | undefined;
  const stop = () => {
    if (!pgid || killTimer) return;
    signalGroup(pgid, 'SIGTERM');
    killTimer = setTimeout(() => {
      signalGroup(pgid, 'SIGKILL');
      liveGroups.delete(pgid);
      // A process that left the group (setsid) may still hold the pipes: stop waiting for them.
      setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
      }, 1_000).unref();
    }, options.graceMs);
  };
  const finished = new Promise<GroupExit>((resolve, reject) => {
    let exit: GroupExit = { code: null, signal: null };
    child.once('error', (error) => {
      if (pgid) liveGroups.delete(pgid);
      reject(error);
    });
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      // Whatever the leader left running is stopped as well: no orphan outlives its run.
      if (pgid && signalGroup(pgid, 0)) stop();
    });
    child.once('close', () => {
      // Pipes closed, but a straggler that let go of them may linger: its SIGKILL stays due.
      if (!pgid || !signalGroup(pgid, 0)) {
        clearTimeout(killTimer);
        if (pgid) liveGroups.delete(pgid);
      }
      resolve(exit);
    });
  });
  return { child, stop, finished };
}
