import { dirname, join, basename, relative, resolve } from 'node:path'
import { AppError } from '../../shared/ipc/errors'
import { readBriefingFile } from '../../main/services/briefing-file'
import { exportDocxToFile } from '../../main/services/docx-export'
import type { Briefing } from '../../shared/model'
import { CliError, EXIT, type CliCommand, type CliIO } from '../io'
import { describeLoadFailure } from './check'

const usage = `Usage: briefwright export FILE.brief [-o OUT.docx] [--template ORG.docx]

Exports a briefing to a Word document: Word's built-in styles, citations and notes as footnotes,
a Sources section, the classification marking and "Page X of Y" on every page, the page setup and
fonts of the briefing's template. Anything left out or changed is printed as a warning.

Options:
  -o, --output OUT.docx      where to write (default: beside FILE, with .docx for .brief)
  -t, --template ORG.docx    an organisation's Word document or template (.docx/.dotx) whose
                             styles the export uses, matched by style name

Exit codes: 0 exported, 2 the briefing or the style file cannot be used, or OUT cannot be
written, 64 usage error.
`

interface ExportArgs {
  file: string
  output?: string
  styleFile?: string
}

function parseArgs(args: string[]): ExportArgs {
  const files: string[] = []
  const out: { output?: string; styleFile?: string } = {}
  const valued: Record<string, 'output' | 'styleFile'> = { '-o': 'output', '--output': 'output', '-t': 'styleFile', '--template': 'styleFile' }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1
    const flag = eq > 0 ? arg.slice(0, eq) : arg
    const key = valued[flag]
    if (key) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i]
      if (!value || (eq < 0 && value.startsWith('-') && value.length > 1)) throw new CliError(`${flag} needs a value.\n\n${usage}`, EXIT.usage)
      out[key] = value
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new CliError(`unexpected option '${arg}'.\n\n${usage}`, EXIT.usage)
    } else {
      files.push(arg)
    }
  }
  if (files.length !== 1) throw new CliError(`expected one FILE.brief, got ${files.length}.\n\n${usage}`, EXIT.usage)
  return { file: files[0] as string, ...out }
}

/** The default output: the input's name with .docx instead of .brief, in the same folder. */
export function defaultOutput(input: string): string {
  return join(dirname(input), `${basename(input).replace(/\.brief$/i, '')}.docx`)
}

async function run(args: string[], io: CliIO): Promise<number> {
  const opts = parseArgs(args)
  const input = resolve(io.cwd, opts.file)
  let briefing: Briefing
  try {
    briefing = await readBriefingFile(input)
  } catch (e) {
    io.err(`${opts.file}: ${describeLoadFailure(e).message}\n`)
    return EXIT.unusable
  }
  const output = opts.output ? resolve(io.cwd, opts.output) : defaultOutput(input)
  if (output === input) throw new CliError('the output would replace the briefing itself; choose another -o.', EXIT.usage)
  try {
    const report = await exportDocxToFile(briefing, output, { styleFile: opts.styleFile ? resolve(io.cwd, opts.styleFile) : null })
    for (const warning of report.warnings) io.err(`${opts.file}: warning: ${warning}\n`)
    const shown = relative(io.cwd, output) || output
    io.out(`${opts.file}: exported to ${shown.startsWith('..') ? output : shown} (${Math.max(1, Math.round(report.bytes / 1024))} KB)\n`)
    return EXIT.ok
  } catch (e) {
    if (e instanceof AppError) {
      io.err(`${opts.file}: ${e.message}\n`)
      return EXIT.unusable
    }
    throw e
  }
}

/** `briefwright export FILE.brief [-o OUT.docx] [--template ORG.docx]`: the app's Word export, from a shell. */
export const exportCommand: CliCommand = { name: 'export', summary: 'export a briefing to a Word document (.docx)', usage, run }
