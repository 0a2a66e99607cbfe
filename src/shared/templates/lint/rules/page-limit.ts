import type { LintRule } from '../types'
import { estimatePages } from '../estimate'

/** The estimated printed length stays within the template's page limit (see estimatePages for the estimate). */
export const pageLimit: LintRule = {
  id: 'page-limit',
  check({ template, briefing }) {
    const limit = template?.page.pageLimit
    if (!template || !limit) return []
    const pages = estimatePages(briefing.doc, template)
    if (pages <= limit) return []
    const shown = Math.round(pages * 10) / 10
    return [{ rule: this.id, severity: 'error', message: `The briefing is about ${shown} pages long; the template allows ${limit}.`, target: null }]
  },
}
