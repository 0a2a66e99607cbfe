import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { AppError } from '../../shared/ipc/errors'
import { TEMPLATES, briefingFromTemplate, findTemplate } from '../../shared/templates'
import { BriefingStore } from '../../main/services/briefing-store'
import { CliError, EXIT, type CliCommand, type CliIO } from '../io'

const usage = `Usage: briefwright new --template ID [--title TITLE] [-o FILE.brief] [--force]

Creates a new briefing from a template: its sections as headings, its classification and page size.

Options:
  -t, --template ID   the template (required); one of:
${TEMPLATES.map((t) => `                        ${t.id.padEnd(22)} ${t.name}`).join('\n')}
      --title TITLE   the briefing's title
  -o, --output FILE   where to write it (default: the title, or the template id, + .brief)
  -f, --force         replace FILE if it exists (the old file is kept as FILE.bak)
`

interface NewArgs {
  template: string
  title?: string
  output?: string
  force: boolean
}

/** Parses `new`'s arguments; a CliError with the usage exit code for anything unexpected. */
function parseArgs(args: string[]): NewArgs {
  const out: Partial<NewArgs> & { force: boolean } = { force: false }
  const valued: Record<string, 'template' | 'title' | 'output'> = { '--template': 'template', '-t': 'template', '--title': 'title', '--output': 'output', '-o': 'output' }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1
    const flag = eq > 0 ? arg.slice(0, eq) : arg
    if (flag === '--force' || flag === '-f') {
      out.force = true
      continue
    }
    const key = valued[flag]
    if (!key) throw new CliError(`unexpected argument '${arg}'.\n\n${usage}`, EXIT.usage)
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i]
    if (value === undefined || (eq < 0 && value.startsWith('-') && value.length > 1)) throw new CliError(`${flag} needs a value.`, EXIT.usage)
    out[key] = value
  }
  if (!out.template) throw new CliError(`--template is required. Templates: ${TEMPLATES.map((t) => t.id).join(', ')}.`, EXIT.usage)
  return { template: out.template, title: out.title, output: out.output, force: out.force }
}

/** A file name from a title: letters and digits of any script kept, the rest collapsed to '-'. */
export function fileNameFor(title: string, fallback: string): string {
  const slug = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `${slug || fallback}.brief`
}

async function run(args: string[], io: CliIO): Promise<number> {
  const opts = parseArgs(args)
  const template = findTemplate(opts.template)
  if (!template) throw new CliError(`unknown template '${opts.template}'. Templates: ${TEMPLATES.map((t) => t.id).join(', ')}.`, EXIT.usage)
  const path = resolve(io.cwd, opts.output ?? fileNameFor(opts.title ?? '', template.id))
  const store = new BriefingStore()
  // A folder is never replaceable: saying "use --force" would send the user down a dead end.
  if ((await stat(path).catch(() => null))?.isDirectory()) throw new CliError(`${path} is a folder; give a file name with -o, such as -o ${fileNameFor(opts.title ?? '', template.id)}.`)
  if (!opts.force && (await store.exists(path))) throw new CliError(`${path} already exists; use --force to replace it (the old file is kept as a .bak).`)
  const briefing = briefingFromTemplate(template, { title: opts.title, now: new Date() })
  try {
    const saved = await store.save(path, briefing, { force: true })
    io.out(`Created ${path} (${template.name}, ${template.sections.length} sections)${saved.backup ? `; the previous file is kept as ${saved.backup}` : ''}.\n`)
  } catch (e) {
    if (e instanceof AppError) throw new CliError(e.message)
    throw e
  }
  return EXIT.ok
}

/** `briefwright new`: a new briefing file from a template. */
export const newCommand: CliCommand = { name: 'new', summary: 'create a new briefing from a template', usage, run }
