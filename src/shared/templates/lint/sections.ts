import type { DocNode } from '../../model'
import type { BriefingTemplate, TemplateSection } from '../types'
import type { IndexedNode, SectionSpan } from './types'
import { collapseWhitespace, inlineText } from './text'

/** Heading text reduced for matching against a template title: no numbering ("1.", "一、", "（一）"), case or trailing colon. */
function titleKey(text: string): string {
  return collapseWhitespace(text)
    .replace(/^(?:\d+[.)]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])\s*/u, '')
    .replace(/[:：]$/u, '')
    .toLowerCase()
}

/** The template section a level-1 heading stands for: by its `sectionId`, else by its title. */
function sectionOf(heading: DocNode, template: BriefingTemplate | null): TemplateSection | null {
  if (!template) return null
  const id = heading.attrs?.sectionId
  if (typeof id === 'string') {
    const byId = template.sections.find((s) => s.id === id)
    if (byId) return byId
  }
  const key = titleKey(inlineText(heading))
  return template.sections.find((s) => titleKey(s.title) === key) ?? null
}

/**
 * Splits the doc's top level into sections at each level-1 heading (what comes before the first is
 * not a section). A template section claimed twice counts only at its first heading.
 */
export function findSections(doc: DocNode, template: BriefingTemplate | null): SectionSpan[] {
  const spans: SectionSpan[] = []
  const claimed = new Set<string>()
  let current: SectionSpan | null = null
  doc.content?.forEach((node, index) => {
    const entry: IndexedNode = { node, index }
    if (node.type === 'heading' && node.attrs?.level === 1) {
      let section = sectionOf(node, template)
      if (section && claimed.has(section.id)) section = null
      if (section) claimed.add(section.id)
      current = { section, heading: entry, body: [] }
      spans.push(current)
    } else if (current) {
      current.body.push(entry)
    }
  })
  return spans
}
