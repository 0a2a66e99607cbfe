import { newId as defaultNewId, type NewId } from '../model/ids'
import type { Source } from '../model/source'
import { assemble } from './assemble'
import { decode } from './decode'
import { detectFormat, looksHtml, looksMarkdown } from './detect'
import { ImportError } from './errors'
import { findFigures } from './figures'
import { settleMeta } from './metadata'
import { readDocx } from './read-docx'
import { readHtml } from './read-html'
import { readMarkdown } from './read-markdown'
import { readPdf } from './read-pdf'
import { readText } from './read-text'
import type { InputFormat, Reading } from './types'

export { ImportError, type ImportErrorCode } from './errors'
export { shingleScore, type ShingleScore } from './quality'

/** Options for an import. `now` and `newId` are injected so results repeat in tests. */
export interface ImportOptions {
  fileName?: string
  mediaType?: string
  now: Date
  newId?: NewId
  /** Largest input accepted, in bytes. @default 50 MB */
  maxBytes?: number
}

/** The result of an import: the source ready to add to a briefing, and anything worth telling the user. */
export interface ImportedArticle {
  source: Source
  warnings: string[]
}

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024
const MEDIA_TYPES: Record<InputFormat, string> = {
  text: 'text/plain',
  html: 'text/html',
  markdown: 'text/markdown',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** A byte count as people read it: 512 bytes, 2 KB, 50 MB. */
export function humanSize(n: number): string {
  if (n < 1024) return `${n} bytes`
  if (n < 1048576) return `${Math.round(n / 1024)} KB`
  return `${Math.round((n / 1048576) * 10) / 10} MB`
}

/** Imports an article from file bytes: detect, decode, read, classify, structure, metadata, figures. */
export async function importArticle(input: Uint8Array, opts: ImportOptions): Promise<ImportedArticle> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES
  if (input.length > maxBytes) throw new ImportError('too-large', `This file is ${humanSize(input.length)}, more than the ${humanSize(maxBytes)} the importer accepts.`)
  if (input.length === 0) throw new ImportError('empty', 'This file is empty.')
  let format = detectFormat(input, opts)
  if (format === 'docx') return finish(await readDocx(input), 'docx', input, opts)
  if (format === 'pdf') return finish(await readPdf(input), 'pdf', input, opts)
  const { text, encoding } = decode(input)
  if (!text.trim()) throw new ImportError('empty', 'This file holds only white space.')
  format = textFormat(text, opts)
  const result = await importDecoded(text, format, input, opts)
  if (encoding !== 'utf-8') result.warnings.push(`Decoded as ${encoding}.`)
  return result
}

/** Imports pasted text (plain, HTML or Markdown, decided from the content). */
export async function importText(text: string, opts: Omit<ImportOptions, 'maxBytes'> & { maxBytes?: number }): Promise<ImportedArticle> {
  const bytes = new TextEncoder().encode(text)
  if (bytes.length > (opts.maxBytes ?? DEFAULT_MAX_BYTES)) throw new ImportError('too-large', `This text is ${humanSize(bytes.length)}, more than the importer accepts.`)
  if (!text.trim()) throw new ImportError('empty', 'There is no text to import.')
  return importDecoded(text, textFormat(text, opts), bytes, opts)
}

function textFormat(text: string, opts: { fileName?: string; mediaType?: string }): InputFormat {
  if (opts.mediaType === 'text/html' || /\.x?html?$/i.test(opts.fileName ?? '') || looksHtml(text)) return 'html'
  if (opts.mediaType === 'text/markdown' || looksMarkdown(text, opts.fileName)) return 'markdown'
  return 'text'
}

async function importDecoded(text: string, format: InputFormat, bytes: Uint8Array, opts: ImportOptions): Promise<ImportedArticle> {
  if (format === 'html') return finish(readHtml(text), 'html', bytes, opts)
  if (format === 'markdown') return finish(readMarkdown(text), 'markdown', bytes, opts)
  return finish(readText(text), 'text', bytes, opts)
}

async function finish(reading: Reading, format: InputFormat, bytes: Uint8Array, opts: ImportOptions): Promise<ImportedArticle> {
  const newId = opts.newId ?? defaultNewId
  const { blocks, removed } = assemble(reading.blocks, reading.removed, newId)
  const body = blocks.map((b) => b.text).join('\n')
  const meta = settleMeta({
    hints: reading.meta,
    title: reading.title ?? reading.meta.title ?? firstWords(body),
    headerLines: reading.headerLines,
    footerLines: reading.footerLines,
    body,
  })
  const warnings = [...reading.warnings]
  if (!blocks.length) warnings.push('No article text was found; check the removed lines.')
  const source: Source = {
    id: newId(),
    title: meta.title,
    publisher: meta.publisher,
    author: meta.author,
    date: meta.date,
    url: meta.url,
    language: meta.language,
    importedAt: opts.now.toISOString(),
    origin: { fileName: opts.fileName ?? null, mediaType: opts.mediaType ?? MEDIA_TYPES[format], sha256: await sha256(bytes) },
    blocks,
    removed,
    figures: findFigures(blocks),
  }
  return { source, warnings }
}

function firstWords(body: string): string {
  const line = body.split('\n')[0] ?? ''
  return line.length > 80 ? line.slice(0, 77).replace(/\s+\S*$/, '') + '…' : line
}

export { articleBody, restoreRemovedLine, removeBlock } from './edit'
