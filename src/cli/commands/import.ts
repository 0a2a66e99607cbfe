import { existsSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { articleBody, ImportError, type ImportedArticle } from '../../shared/import'
import { ArticleFileError, importArticleFile } from '../../main/services/article-import'
import { readBriefingFile, writeBriefingFile } from '../../main/services/briefing-file'
import type { Briefing } from '../../shared/model'
import { CliError, EXIT, type CliCommand, type CliIO } from '../io'
import { describeLoadFailure } from './check'

const usage = `Usage: briefwright import FILE... [--json] [--into BRIEFING.brief]

Imports articles (plain text, HTML, Markdown, Word .docx, PDF): removes menus, banners, share
links, footers and other boilerplate (each removal with its reason), keeps headings, paragraphs,
lists, quotes and tables, and finds the title, publisher, author, date, URL, language and key figures.

Options:
  --json               print the result as JSON: one object per file (an array for several files)
                       with title, publisher, author, date, url, language, body, blocks, removed,
                       figures and warnings
  --into FILE.brief    add the imported articles to this briefing as sources
  --max-mb N           refuse files larger than N MB (default 50)

Exit codes: 0 all imported, 2 at least one file could not be imported (the others are still reported).
`

interface ImportArgs {
  files: string[]
  json: boolean
  into?: string
  maxBytes?: number
}

function parseArgs(args: string[]): ImportArgs {
  const out: ImportArgs = { files: [], json: false }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--json') out.json = true
    else if (arg === '--into' || arg.startsWith('--into=')) {
      const v = arg.includes('=') ? arg.slice(7) : args[++i]
      if (!v) throw new CliError('--into needs a briefing file.', EXIT.usage)
      out.into = v
    } else if (arg === '--max-mb' || arg.startsWith('--max-mb=')) {
      const v = Number(arg.includes('=') ? arg.slice(9) : args[++i])
      if (!Number.isFinite(v) || v <= 0) throw new CliError('--max-mb needs a positive number.', EXIT.usage)
      out.maxBytes = Math.round(v * 1024 * 1024)
    } else if (arg.startsWith('-') && arg !== '-') throw new CliError(`unexpected option '${arg}'.\n\n${usage}`, EXIT.usage)
    else out.files.push(arg)
  }
  if (!out.files.length) throw new CliError(`no file given.\n\n${usage}`, EXIT.usage)
  return out
}

/**
 * One stderr line for a file that failed. The service names the file by its base name ("a.txt is a
 * folder…"); the CLI names it as typed, so the base name is replaced rather than said twice.
 */
export function failureLine(file: string, message: string): string {
  const name = basename(file)
  const rest = name && message.startsWith(name) ? message.slice(name.length) : `: ${message}`
  return `briefwright import: ${file}${rest}\n`
}

/** The JSON shape the CLI prints for one imported file. */
export function articleJson(file: string, article: ImportedArticle) {
  const s = article.source
  return {
    file,
    title: s.title,
    publisher: s.publisher,
    author: s.author,
    date: s.date,
    url: s.url,
    language: s.language,
    body: articleBody(s),
    blocks: s.blocks,
    removed: s.removed.map((r) => ({ text: r.text, reason: r.reason })),
    figures: s.figures,
    warnings: article.warnings,
  }
}

function summary(file: string, article: ImportedArticle): string {
  const s = article.source
  const reasons = new Map<string, number>()
  for (const r of s.removed) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1)
  const types = new Map<string, number>()
  for (const b of s.blocks) types.set(b.type, (types.get(b.type) ?? 0) + 1)
  const lines = [
    `${file}`,
    `  title:     ${s.title}`,
    ...(['publisher', 'author', 'date', 'url', 'language'] as const).filter((k) => s[k]).map((k) => `  ${k}:${' '.repeat(10 - k.length)}${s[k]}`),
    `  blocks:    ${s.blocks.length} (${[...types].map(([t, n]) => `${n} ${t}`).join(', ')})`,
    `  removed:   ${s.removed.length}${reasons.size ? ` (${[...reasons].map(([r, n]) => `${r} ${n}`).join(', ')})` : ''}`,
    `  figures:   ${s.figures.length}`,
    ...article.warnings.map((w) => `  warning:   ${w}`),
  ]
  return lines.join('\n') + '\n'
}

/** The worker script next to the built main process, when the app has been built. */
function builtWorker(): string | null {
  const candidates = [resolve(dirname(process.argv[1] ?? '.'), '../out/main/import-worker.js'), resolve(process.cwd(), 'out/main/import-worker.js')]
  return candidates.find((p) => existsSync(p)) ?? null
}

async function run(args: string[], io: CliIO): Promise<number> {
  const opts = parseArgs(args)
  // Read the target briefing before importing anything: a mistyped --into must not cost a long import.
  const into = opts.into ? { name: opts.into, path: resolve(io.cwd, opts.into) } : null
  let briefing: Briefing | null = null
  if (into) {
    try {
      briefing = await readBriefingFile(into.path)
    } catch (e) {
      throw new CliError(`cannot add to ${into.name}: ${describeLoadFailure(e).message}`)
    }
  }
  const results: { file: string; article?: ImportedArticle; error?: { code: string; message: string } }[] = []
  const workerPath = process.env.BRIEFWRIGHT_IMPORT_WORKER === '0' ? null : builtWorker()
  for (const file of opts.files) {
    try {
      const path = resolve(io.cwd, file)
      // A worker that cannot start (an old or partial build) must not cost the user the import.
      const article = await importArticleFile(path, { maxBytes: opts.maxBytes, workerPath }).catch((e: unknown) => {
        if (e instanceof ArticleFileError && e.code === 'worker-failed') return importArticleFile(path, { maxBytes: opts.maxBytes, workerPath: null })
        throw e
      })
      results.push({ file, article })
    } catch (e) {
      if (!(e instanceof ImportError || e instanceof ArticleFileError)) throw e
      io.err(failureLine(file, e.message))
      results.push({ file, error: { code: e.code, message: e.message } })
    }
  }
  const imported = results.filter((r) => r.article)
  if (opts.json) {
    const objects = results.map((r) => (r.article ? articleJson(r.file, r.article) : { file: r.file, error: r.error }))
    if (objects.length === 1) {
      if (results[0]!.article) io.out(JSON.stringify(objects[0], null, 2) + '\n')
    } else io.out(JSON.stringify(objects, null, 2) + '\n')
  } else for (const r of imported) io.out(summary(r.file, r.article!))

  if (into && briefing && imported.length) {
    const sources = [...(briefing.sources ?? []), ...imported.map((r) => r.article!.source)]
    await writeBriefingFile(into.path, { ...briefing, sources, meta: { ...briefing.meta, modifiedAt: new Date().toISOString() } })
    if (!opts.json) io.out(`Added ${imported.length} source${imported.length === 1 ? '' : 's'} to ${into.name}.\n`)
  }
  return imported.length === results.length ? EXIT.ok : EXIT.unusable
}

/** `briefwright import FILE... [--json] [--into BRIEFING.brief]` */
export const importCommand: CliCommand = { name: 'import', summary: 'import articles (text, HTML, Word, PDF) as clean sources', usage, run }
