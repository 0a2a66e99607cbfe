import type { BriefingTemplate } from '../types'
import { generalTemplate } from './general'
import { ukSubmissionTemplate } from './uk-submission'
import { caBriefingNoteTemplate } from './ca-briefing-note'
import { auMinisterialBriefTemplate } from './au-ministerial-brief'
import { usActionMemoTemplate } from './us-action-memo'
import { cnOfficialTemplate } from './cn-official'

/** Every shipped template, in the order the New Briefing dialog and `briefwright templates` list them. */
export const TEMPLATES: readonly BriefingTemplate[] = [
  generalTemplate,
  ukSubmissionTemplate,
  caBriefingNoteTemplate,
  auMinisterialBriefTemplate,
  usActionMemoTemplate,
  cnOfficialTemplate,
]

export { generalTemplate, ukSubmissionTemplate, caBriefingNoteTemplate, auMinisterialBriefTemplate, usActionMemoTemplate, cnOfficialTemplate }
