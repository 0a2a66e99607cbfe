import type { CliCommand } from '../io'
import { newCommand } from './new'
import { importCommand } from './import'
import { templatesCommand } from './templates'
import { checkCommand } from './check'

/** Every CLI command, in the order `--help` lists them. Each command lives in its own file here. */
export const COMMANDS: CliCommand[] = [newCommand, importCommand, templatesCommand, checkCommand]
