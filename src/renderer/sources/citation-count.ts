import { walkDoc, type DocNode } from '../../shared/model/doc'

/** How many citations in the draft point at a source (removing the source would break them). */
export function countCitations(doc: DocNode, sourceId: string): number {
  let n = 0
  walkDoc(doc, (node) => {
    if (node.type === 'citation' && node.attrs?.['sourceId'] === sourceId) n++
  })
  return n
}
