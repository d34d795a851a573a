// The one logger of every process (server, worker, CLI): pino's JSON lines, one object per event, with
// the request id, operation name and run id as fields where they are known (child loggers add them).
// A person at a terminal gets the same events through pino-pretty instead. LOG_LEVEL sets the level.
import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { LogLevel } from './config.ts';

export type { Logger };

export interface LoggerOptions {
  /** Where the lines go (tests collect them); default: stdout, pretty when it is a terminal. */
  destination?: DestinationStream;
  /** Pretty lines even when stdout is not a terminal (LOG_FORMAT=pretty), or JSON even when it is (json). */
  format?: 'json' | 'pretty';
}

export function createLogger(level: LogLevel, options: LoggerOptions = {}): Logger {
  const format = options.format ?? (process.stdout.isTTY ? 'pretty' : 'json');
  const destination =
    options.destination ??
    (format === 'pretty'
      ? pretty({ sync: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss.l' })
      : pino.destination({ sync: true }));
  return pino(
    {
      level,
      base: undefined,
      // Errors as type, message and stack, under `err`, as pino's own serializer gives them.
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
      // Whatever a caller attaches by mistake, these never reach a log line.
      redact: { paths: ['authorization', '*.authorization', 'headers.authorization', 'token', '*.token'], censor: '[redacted]' },
    },
    destination,
  );
}

/** A logger that drops everything (tests and tools that print their own output). */
export const silentLogger = (): Logger => pino({ level: 'silent' });

/** The last line of an error's message, for a one-line log or CLI answer (Prisma's end with the cause). */
export function shortError(error: unknown): string {
  return (
    String(error instanceof Error ? error.message : error)
      .trim()
      .split('\n')
      .at(-1) ?? ''
  );
}
