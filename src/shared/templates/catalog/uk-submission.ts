import type { BriefingTemplate } from '../types'

/** A UK civil-service submission to a minister, in the Issue / Recommendation / Timing … order. */
export const ukSubmissionTemplate: BriefingTemplate = {
  id: 'uk-submission',
  name: 'UK ministerial submission',
  description: 'A submission asking a minister for a decision: issue, recommendation and timing up front, then background, argument and presentation. Marked OFFICIAL.',
  language: 'en-GB',
  fields: [
    { key: 'author', label: 'From', required: true, placeholder: 'Name, grade, team' },
    { key: 'date', label: 'Date', required: true },
    { key: 'recipient', label: 'To', required: true, placeholder: 'Minister of State for …' },
    { key: 'copyTo', label: 'cc', required: false, placeholder: 'Private offices and officials copied in' },
    { key: 'contact', label: 'Contact', required: true, placeholder: 'Name, phone' },
    { key: 'reference', label: 'Reference', required: false },
  ],
  classification: { default: 'OFFICIAL', options: ['OFFICIAL', 'OFFICIAL-SENSITIVE', 'SECRET', 'TOP SECRET'], required: true },
  sections: [
    { id: 'issue', title: 'Issue', guidance: 'One or two sentences: the question the minister is being asked to decide.', required: true, wordLimit: 60 },
    { id: 'recommendation', title: 'Recommendation', guidance: 'What you recommend the minister does, as numbered points starting "That you…".', required: true, wordLimit: 120, recommendations: true },
    { id: 'timing', title: 'Timing', guidance: 'Routine, priority or urgent, and the date a decision is needed by, with the reason.', required: true, wordLimit: 60 },
    { id: 'background', title: 'Background', guidance: 'The facts the minister needs, briefly. Cite your sources.', required: true },
    { id: 'argument', title: 'Argument', guidance: 'The options considered, their costs, risks and legal or financial implications, and why the recommendation is best.', required: true },
    { id: 'presentation', title: 'Presentation', guidance: 'How the decision will be communicated: handling, media lines, stakeholders.', required: false },
  ],
  decision: null,
  page: { size: 'A4', marginsMm: { top: 25, right: 25, bottom: 25, left: 25 }, pageLimit: 3 },
  fonts: { body: 'Arial', heading: 'Arial', eastAsia: 'SimSun', sizePt: 12 },
  headingNumbering: null,
}
