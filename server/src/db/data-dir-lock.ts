// One owner per embedded database folder. The owner listens on a Unix socket next to the folder
// (`<folder>.lock`) and answers each connection with its PID.
//
// Why a socket and not a PID file: whether the owner is alive is decided by the kernel, not by a
// number or a timestamp. A process that dies, even by kill -9, stops accepting on its socket at
// once, so its leftover socket file is known to be stale (connect is refused) and the next start
// takes over immediately. A PID file cannot tell a dead owner from an unrelated process that got
// the same PID later, and a refreshed timestamp goes stale while a busy owner's event loop is
// blocked. The kernel accepts connections for a live owner even while its JavaScript is busy.
// The short check-then-replace step is itself serialised with proper-lockfile, so two processes
// that find the same stale socket cannot both take it over.
import { unlink } from 'node:fs/promises';
import { createConnection, createServer, type Server } from 'node:net';
import lockfile from 'proper-lockfile';

export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number | undefined,
  ) {
    super(
      `The embedded database ${dir} is in use by another tunix-rt process (PID ${pid ?? 'unknown'}): ` +
        'stop it, or give this one another DATA_DIR (or a DATABASE_URL).',
    );
    this.name = 'DataDirInUseError';
  }
}

/** Asks whoever listens on `socketPath` for its PID: a number, 'nobody' (stale), or 'silent' (alive, busy). */
function askOwner(socketPath: string): Promise<number | 'nobody' | 'silent'> {
  return new Promise((resolve) => {
    let answer = '';
    let connected = false;
    const socket = createConnection(socketPath);
    const timer = setTimeout(() => {
      socket.destroy();
      resolve('silent');
    }, 2_000);
    socket.on('connect', () => {
      connected = true;
    });
    socket.setEncoding('utf8').on('data', (data: string) => {
      answer += data;
    });
    socket.on('end', () => {
      clearTimeout(timer);
      const pid = Number.parseInt(answer, 10);
      resolve(Number.isInteger(pid) ? pid : 'silent');
    });
    socket.on('error', () => {
      clearTimeout(timer);
      resolve(connected ? 'silent' : 'nobody');
    });
  });
}

const listen = (server: Server, socketPath: string) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => {
      server.off('error', reject);
      resolve();
    });
  });

/** Becomes the one owner of `dir` or throws DataDirInUseError naming the owner's PID. */
export async function lockDataDir(dir: string): Promise<{ release(): Promise<void> }> {
  const socketPath = `${dir}.lock`;
  if (Buffer.byteLength(socketPath) > 100) {
    throw new Error(`DATA_DIR is too long for its lock socket (${socketPath}): use a path under 90 characters`);
  }
  const server = createServer((socket) => socket.end(`${process.pid}\n`));
  server.unref();
  const releaseMutex = await lockfile.lock(dir, {
    lockfilePath: `${dir}.lock-mutex`,
    realpath: false,
    retries: { retries: 40, minTimeout: 25, maxTimeout: 250 },
  });
  try {
    try {
      await listen(server, socketPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      const owner = await askOwner(socketPath);
      if (owner !== 'nobody') throw new DataDirInUseError(dir, typeof owner === 'number' ? owner : undefined);
      // Left by an owner that died: nobody accepts on it any more.
      await unlink(socketPath);
      await listen(server, socketPath);
    }
  } finally {
    await releaseMutex();
  }
  return {
    release: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
