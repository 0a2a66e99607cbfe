import { createBriefing, type Briefing, type DocNode, type NewId } from '../model'
import type { BriefingTemplate } from './types'

/** Header fields stored directly on `BriefingMeta`; any other template field goes to `meta.fields`. */
const META_KEYS = ['recipient', 'author', 'contact', 'reference', 'date', 'dueDate'] as const
type MetaKey = (typeof META_KEYS)[number]

function isMetaKey(key: string): key is MetaKey {
  return (META_KEYS as readonly string[]).includes(key)
}

export interface BriefingFromTemplateOptions {
  title?: string
  /** Header values keyed by `TemplateField.key` (plus 'classification'); unknown keys are kept in `meta.fields`. */
  fields?: Record<string, string>
  now: Date
  /**
   * Id source, accepted so callers need not change when the draft gains id-bearing nodes; the
   * current draft (headings keyed by section id, empty paragraphs, decision blocks) needs none.
   */
  newId?: NewId
}

/** The opening body of a draft: per section a level-1 heading and an empty paragraph showing its guidance. */
export function templateDoc(template: BriefingTemplate): DocNode {
  const content: DocNode[] = []
  for (const section of template.sections) {
    content.push({ type: 'heading', attrs: { level: 1, sectionId: section.id }, content: [{ type: 'text', text: section.title }] })
    content.push({ type: 'paragraph', attrs: { guidance: section.guidance } })
    // Both placements start with one block after the recommendation section's first (empty) item;
    // per-recommendation templates get one more per recommendation as the author adds them.
    if (section.recommendations && template.decision) {
      content.push({ type: 'decisionBlock', attrs: { options: [...template.decision.options], label: null } })
    }
  }
  return { type: 'doc', content }
}

/** A new briefing for `template`: meta with its classification default and page size, the sections as the body. */
export function briefingFromTemplate(template: BriefingTemplate, opts: BriefingFromTemplateOptions): Briefing {
  const given = opts.fields ?? {}
  const briefing = createBriefing({
    template: template.id,
    title: opts.title,
    classification: given.classification ?? template.classification.default,
    pageSize: template.page.size,
    doc: templateDoc(template),
    now: opts.now,
  })
  const extra: Record<string, string> = {}
  // Template-specific fields start empty so the header form and the file both show them.
  for (const field of template.fields) {
    if (!isMetaKey(field.key) && field.key !== 'classification') extra[field.key] = ''
  }
  for (const [key, value] of Object.entries(given)) {
    if (key === 'classification') continue
    if (isMetaKey(key)) briefing.meta[key] = value
    else extra[key] = value
  }
  briefing.meta.fields = extra
  return briefing
}
