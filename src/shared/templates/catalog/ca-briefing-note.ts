import type { BriefingTemplate } from '../types'

/** A Government of Canada briefing note to a minister or deputy, with a signature decision block. */
export const caBriefingNoteTemplate: BriefingTemplate = {
  id: 'ca-briefing-note',
  name: 'Canadian briefing note',
  description: 'A Government of Canada briefing note: security classification and file number, purpose, summary, background, considerations and a recommendation with a decision block.',
  language: 'en-CA',
  fields: [
    { key: 'recipient', label: 'For', required: true, placeholder: 'Minister / Deputy Minister' },
    { key: 'fileNumber', label: 'File number', required: true, placeholder: 'e.g. 2026-001234' },
    { key: 'purpose', label: 'Purpose', required: true, options: ['For decision', 'For information'] },
    { key: 'date', label: 'Date', required: true },
    { key: 'author', label: 'Prepared by', required: true },
    { key: 'contact', label: 'Contact', required: true, placeholder: 'Name, title, telephone' },
  ],
  classification: { default: 'UNCLASSIFIED', options: ['UNCLASSIFIED', 'PROTECTED A', 'PROTECTED B', 'PROTECTED C', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'], required: true },
  sections: [
    { id: 'purpose', title: 'Purpose', guidance: 'One sentence: what this note is for and what is being asked of the reader.', required: true, wordLimit: 60 },
    { id: 'summary', title: 'Summary', guidance: 'The essential points in three or four bullets, so the note can be understood from this section alone.', required: true, wordLimit: 150 },
    { id: 'background', title: 'Background', guidance: 'The context and history the reader needs. Cite your sources.', required: true },
    { id: 'considerations', title: 'Considerations', guidance: 'Analysis: options, implications (financial, legal, communications, regional), stakeholders and risks.', required: true },
    { id: 'recommendation', title: 'Recommendation', guidance: 'The recommended course of action, stated so it can be approved or not approved.', required: true, recommendations: true },
  ],
  decision: { options: ['Approved', 'Not approved'], placement: 'end', signature: true },
  page: { size: 'Letter', marginsMm: { top: 25.4, right: 25.4, bottom: 25.4, left: 25.4 }, pageLimit: 2 },
  fonts: { body: 'Arial', heading: 'Arial', eastAsia: 'SimSun', sizePt: 12 },
  headingNumbering: null,
}
