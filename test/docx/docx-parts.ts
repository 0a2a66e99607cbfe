import { strFromU8, unzipSync } from 'fflate'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseBriefing, type Briefing, type DocNode } from '../../src/shared/model'

/** The XML parts of a .docx, by path inside the zip. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes)
  const out: Record<string, string> = {}
  for (const [name, data] of Object.entries(files)) if (/\.(xml|rels)$/.test(name)) out[name] = strFromU8(data)
  return out
}

/** A part that must exist (fails the test with its name when it does not). */
export function part(parts: Record<string, string>, name: string): string {
  const xml = parts[name]
  if (xml === undefined) throw new Error(`missing part ${name}; have ${Object.keys(parts).join(', ')}`)
  return xml
}

/** All matches of a global regex's first group. */
export function all(xml: string, re: RegExp): string[] {
  return [...xml.matchAll(re)].map((m) => m[1] ?? '')
}

/** Footnotes a reader sees: footnote elements other than Word's separator notes. */
export function userFootnoteIds(footnotesXml: string): string[] {
  return all(footnotesXml, /<w:footnote\b([^>]*)>/g)
    .filter((attrs) => !/w:type="(separator|continuationSeparator)"/.test(attrs))
    .map((attrs) => /w:id="(-?\d+)"/.exec(attrs)?.[1] ?? '')
}

/** The directory of the fixture briefings. */
export const BRIEFINGS_DIR = fileURLToPath(new URL('../fixtures/briefings/', import.meta.url))

/** Template ids that have a fixture briefing each. */
export const TEMPLATE_FIXTURES = ['general', 'uk-submission', 'ca-briefing-note', 'au-ministerial-brief', 'us-action-memo', 'cn-official'] as const

/** Loads a fixture briefing through the real parser. */
export function loadFixture(name: string): Briefing {
  return parseBriefing(readFileSync(join(BRIEFINGS_DIR, `${name}.brief`), 'utf8'))
}

/** Counts nodes of a type in a document. */
export function countNodes(doc: DocNode, type: string): number {
  let n = 0
  const walk = (node: DocNode) => {
    if (node.type === type) n++
    node.content?.forEach(walk)
  }
  walk(doc)
  return n
}

/** The number of lists (bullet + ordered) in a document. */
export function countLists(doc: DocNode): number {
  return countNodes(doc, 'bulletList') + countNodes(doc, 'orderedList')
}
