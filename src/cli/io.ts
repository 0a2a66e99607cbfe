/** Where a CLI command writes; tests pass a recorder, the binary passes process streams. */
export interface CliIO {
  out(text: string): void
  err(text: string): void
  /** The directory relative paths are resolved against. */
  cwd: string
}

/** A CLI command: `run` returns the process exit code. */
export interface CliCommand {
  name: string
  /** One line for `briefwright --help`. */
  summary: string
  /** Full usage text for `briefwright help NAME` and `NAME --help`. */
  usage: string
  run(args: string[], io: CliIO): Promise<number>
}

/** Exit codes shared by all commands. */
export const EXIT = { ok: 0, findings: 1, unusable: 2, usage: 64 } as const

/** An error whose message is meant for the user; the CLI prints it without a stack. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.unusable,
  ) {
    super(message)
    this.name = 'CliError'
  }
}
