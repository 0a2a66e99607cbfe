import type { DocNode } from '../../model'
import type { BriefingTemplate } from '../types'
import { collapseWhitespace, inlineText, textblocks } from './text'
import type { IndexedNode } from './types'

function key(text: string): string {
  return collapseWhitespace(text).toLowerCase()
}

// Lint runs on every pause in typing: the template's guidance keys are worked out once per template.
const guidanceKeys = new WeakMap<BriefingTemplate, ReadonlySet<string>>()

function keysOf(template: BriefingTemplate): ReadonlySet<string> {
  let keys = guidanceKeys.get(template)
  if (!keys) {
    keys = new Set(template.sections.map((s) => key(s.guidance)))
    guidanceKeys.set(template, keys)
  }
  return keys
}

/**
 * True when a textblock's text is the guidance typed or pasted in: its own `guidance` attribute or
 * any section's guidance in the template (case and spacing ignored).
 */
export function isGuidanceText(block: DocNode, template: BriefingTemplate | null): boolean {
  const own = block.attrs?.guidance
  const raw = inlineText(block)
  if (raw.trim() === '' || (typeof own !== 'string' && !template)) return false
  const text = key(raw)
  if (typeof own === 'string' && key(own) === text) return true
  return template ? keysOf(template).has(text) : false
}

/** True when a section body has text of the author's own: not blank and not only guidance. */
export function hasOwnText(body: readonly IndexedNode[], template: BriefingTemplate | null): boolean {
  return body.some(({ node }) =>
    textblocks(node).some((b) => collapseWhitespace(inlineText(b.node)) !== '' && !isGuidanceText(b.node, template)),
  )
}

/** The author's text of a section body, one line per textblock, guidance excluded. */
export function ownText(body: readonly IndexedNode[], template: BriefingTemplate | null): string {
  const lines: string[] = []
  for (const { node } of body) {
    for (const b of textblocks(node)) if (!isGuidanceText(b.node, template)) lines.push(inlineText(b.node))
  }
  return lines.join('\n')
}
