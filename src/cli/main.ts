import { COMMANDS } from './commands'
import { CliError, EXIT, type CliIO } from './io'
import { APP_VERSION } from '../shared/version'

function help(): string {
  const width = Math.max(8, ...COMMANDS.map((c) => c.name.length))
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`)
  return [
    'briefwright: draft policy briefings from imported articles, export them to Word.',
    '',
    'Usage: briefwright <command> [options]',
    '',
    'Commands:',
    ...(lines.length ? lines : ['  (none)']),
    '',
    'Options:',
    '  -h, --help     show this help, or a command\'s help after its name',
    '  -v, --version  print the version',
    '',
    'Exit codes: 0 ok, 1 findings (check), 2 input unusable, 64 usage error.',
    '',
  ].join('\n')
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv
  if (first === undefined || first === '-h' || first === '--help') {
    io.out(help())
    return first === undefined ? EXIT.usage : EXIT.ok
  }
  if (first === '-v' || first === '--version') {
    io.out(`${APP_VERSION}\n`)
    return EXIT.ok
  }
  const name = first === 'help' ? rest[0] : first
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    io.err(`briefwright: unknown command '${name ?? ''}'. Run 'briefwright --help' for the list.\n`)
    return EXIT.usage
  }
  if (first === 'help' || rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage.endsWith('\n') ? command.usage : command.usage + '\n')
    return EXIT.ok
  }
  try {
    return await command.run(rest, io)
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`briefwright ${command.name}: ${e.message}\n`)
      return e.exitCode
    }
    io.err(`briefwright ${command.name}: unexpected error: ${(e as Error).stack ?? String(e)}\n`)
    return EXIT.unusable
  }
}
