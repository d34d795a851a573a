// The `tunix-rt` command (commander). Each command group is one file in ./cli/ that exports
// `register(program: Command): void` and is listed in COMMAND_GROUPS below. To add a command:
//
//   // server/src/cli/things.ts
//   export function register(program: Command) {
//     program
//       .command('things <id>')
//       .description('What it does, in one line')
//       .option('--out <file>', 'Where to write (default: stdout)')
//       .action(action(async (id: string, options: { out?: string }) => {
//         const { doThing } = await import('../modules/things/things.service.ts'); // heavy imports here
//         ...
//         return 0; // the exit code; KEEP_RUNNING for a server
//       }));
//   }
//
// Rules that keep `--help` and `--version` harmless everywhere: import the database, the schema or the
// app only inside the action (never at the top of the file), and do nothing before commander has
// parsed the arguments. Throw CliError(message, hint) for a failure the user can fix; main prints it
// (and every known failure: a busy port, an unreachable database, a locked data directory) as one
// line with a hint, never a stack trace. Command-line output goes to stdout/stderr; logs use the logger.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import * as regressionCommands from './cli/check-regression.ts';
import { environmentHelp, explainFailure, takeExitCode } from './cli/common.ts';
import * as dataCommands from './cli/data.ts';
import * as databaseCommands from './cli/database.ts';
import * as demoCommands from './cli/demo.ts';
import * as generateCommands from './cli/generate.ts';
import * as importCommands from './cli/import.ts';
import * as runCommands from './cli/runs.ts';
import * as serverCommands from './cli/server.ts';
import * as tokenCommands from './cli/tokens.ts';

const COMMAND_GROUPS: { register(program: Command): void }[] = [
  serverCommands,
  databaseCommands,
  dataCommands,
  importCommands,
  generateCommands,
  demoCommands,
  runCommands,
  tokenCommands,
  regressionCommands,
];

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export function buildProgram(): Command {
  const program = new Command('tunix-rt')
    .description('tunix-rt: reasoning traces, datasets, training runs and sweeps over GraphQL')
    .version(version, '-V, --version', 'Print the version and exit')
    .helpOption('-h, --help', 'Show help for a command')
    .addHelpText('after', environmentHelp)
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false })
    .exitOverride();
  // Every subcommand inherits exitOverride only when created after it is set: apply it to all.
  for (const group of COMMAND_GROUPS) group.register(program);
  const inherit = (command: Command) => {
    for (const sub of command.commands) {
      sub.exitOverride();
      sub.version(version, '-V, --version', 'Print the version and exit');
      sub.showHelpAfterError('(run with --help for usage)');
      inherit(sub);
    }
  };
  inherit(program);
  return program;
}

/** Runs the command line; returns the exit code, or -1 when a server keeps the process running. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  if (argv.length === 0) {
    program.outputHelp();
    return 1;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return takeExitCode();
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    process.stderr.write(`${explainFailure(error)}\n`);
    return 2;
  }
}
