import type { CliCommand } from '../io'

/** Every CLI command, in the order `--help` lists them. Each command lives in its own file here. */
export const COMMANDS: CliCommand[] = []
