import type { CliCommand } from '../io'
import { newCommand } from './new'
import { importCommand } from './import'
import { templatesCommand } from './templates'
import { checkCommand } from './check'
import { exportCommand } from './export'

/** Every CLI command, in the order `--help` lists them. Each command lives in its own file here. */
export const COMMANDS: CliCommand[] = [newCommand, importCommand, templatesCommand, checkCommand, exportCommand]
