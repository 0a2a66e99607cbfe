import { TEMPLATES } from './catalog'
import type { BriefingTemplate } from './types'

/** The template with this id, or undefined (for callers that can carry on without one). */
export function findTemplate(id: string): BriefingTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id)
}

/** The template with this id; throws an Error naming the known ids when there is none. */
export function getTemplate(id: string): BriefingTemplate {
  const template = findTemplate(id)
  if (!template) {
    throw new Error(`Unknown template '${id}'. Known templates: ${TEMPLATES.map((t) => t.id).join(', ')}.`)
  }
  return template
}
