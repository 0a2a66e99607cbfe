import { walkDoc, type DocNode } from '../../shared/model/doc'

/** How many citations in the draft point at a source (removing the source would break them). */
export function countCitations(doc: DocNode, sourceId: string): number {
  let n = 0
  walkDoc(doc, (node) => {
    if (node.type === 'citation' && node.attrs?.['sourceId'] === sourceId) n++
  })
  return n
}

/** The warning shown before removing a source that `cited` citations in the draft point at (cited > 0). */
export function citedSourceWarning(cited: number, title: string): string {
  const who = cited === 1 ? 'One citation in the briefing points' : `${cited} citations in the briefing point`
  return `${who} at “${title}”. Removing the source will break ${cited === 1 ? 'it' : 'them'} (the checks will list broken citations).`
}
