import type { CitationAttrs, Source } from '../../model'
import type { ExportLabels } from './labels'

/** The date part of an ISO timestamp, or the stored text when it is not ISO. */
export function shortDate(date: string | null): string {
  if (!date) return ''
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(date)
  return iso ? iso[0] : date.trim()
}

function isZh(labels: ExportLabels): boolean {
  return labels.ibid === '同上'
}

/** Who is responsible for a source: author and publisher, without repeating one that equals the other. */
function responsible(source: Source): string[] {
  const parts = [source.author?.trim(), source.publisher?.trim()].filter((p): p is string => !!p)
  return parts.length === 2 && parts[0] === parts[1] ? parts.slice(0, 1) : parts
}

/** Footnote text for a citation: author/publisher, "title", date, URL, locator. */
export function citationNoteText(source: Source, locator: string | null, labels: ExportLabels): string {
  const who = responsible(source)
  const date = shortDate(source.date)
  if (isZh(labels)) {
    const parts = [...who, `《${source.title.trim()}》`, date, source.url ?? '', locator ?? ''].filter(Boolean)
    return `${parts.join('，')}。`
  }
  const parts = [...who, `\u201C${source.title.trim()}\u201D`, date, source.url ?? '', locator ?? ''].filter(Boolean)
  return `${parts.join(', ')}.`
}

/** Footnote text for a citation of the same source as the note just before it. */
export function ibidNoteText(locator: string | null, labels: ExportLabels): string {
  if (!locator) return labels.ibid
  return isZh(labels) ? `${labels.ibid}，${locator}。` : `${labels.ibid}, ${locator}.`
}

/** Footnote text for a citation whose source is not in the briefing: the quote, if any, and why. */
export function missingSourceNoteText(citation: CitationAttrs, labels: ExportLabels): string {
  const quote = citation.quote.trim()
  const shown = quote.length > 120 ? `${quote.slice(0, 117)}…` : quote
  const head = shown ? (isZh(labels) ? `“${shown}”：` : `\u201C${shown}\u201D: `) : ''
  return `${head}${labels.missingSource} (${citation.sourceId})${isZh(labels) ? '。' : '.'}`
}

/** One line of the Sources section: title, author/publisher, date (the URL is linked separately). */
export function sourceEntryText(source: Source, labels: ExportLabels): string {
  const who = responsible(source)
  const date = shortDate(source.date)
  if (isZh(labels)) return [`《${source.title.trim()}》`, ...who, date].filter(Boolean).join('，')
  return [source.title.trim(), ...who, date].filter(Boolean).join('. ') + '.'
}
