import { TEMPLATES } from '../../shared/templates'
import type { BriefingTemplate } from '../../shared/templates'
import { CliError, EXIT, type CliCommand, type CliIO } from '../io'

const usage = `Usage: briefwright templates [--json]

Lists the briefing templates: id, name, language and sections.

Options:
      --json   print a JSON array of { id, name, description, language, sections, classification }
`

/** What `templates --json` prints per template: the parts a script picking a template needs. */
export interface TemplateSummary {
  id: string
  name: string
  description: string
  language: string
  /** Section titles in order. */
  sections: string[]
  classification: BriefingTemplate['classification']
}

/** The summary of one template for `templates --json`. */
export function summarizeTemplate(t: BriefingTemplate): TemplateSummary {
  return { id: t.id, name: t.name, description: t.description, language: t.language, sections: t.sections.map((s) => s.title), classification: t.classification }
}

async function run(args: string[], io: CliIO): Promise<number> {
  const unexpected = args.find((a) => a !== '--json')
  if (unexpected !== undefined) throw new CliError(`unexpected argument '${unexpected}'.\n\n${usage}`, EXIT.usage)
  if (args.includes('--json')) {
    io.out(JSON.stringify(TEMPLATES.map(summarizeTemplate), null, 2) + '\n')
    return EXIT.ok
  }
  const width = Math.max(...TEMPLATES.map((t) => t.id.length))
  const lines = TEMPLATES.flatMap((t) => [`${t.id.padEnd(width)}  ${t.name} [${t.language}]`, `${' '.repeat(width)}  sections: ${t.sections.map((s) => s.title).join(', ')}`])
  io.out(lines.join('\n') + '\n')
  return EXIT.ok
}

/** `briefwright templates [--json]`: the template catalogue. */
export const templatesCommand: CliCommand = { name: 'templates', summary: 'list the briefing templates', usage, run }
