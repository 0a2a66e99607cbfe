import type { BriefingTemplate } from '../types'

/** An Australian Government ministerial brief: numbered recommendations, each marked Agreed / Not agreed / Noted. */
export const auMinisterialBriefTemplate: BriefingTemplate = {
  id: 'au-ministerial-brief',
  name: 'Australian ministerial brief',
  description: 'An Australian Government ministerial brief: protective marking, brief number, for action or information, critical date, numbered recommendations each with Agreed / Not agreed / Noted, key points and a contact officer.',
  language: 'en-AU',
  fields: [
    { key: 'recipient', label: 'To', required: true, placeholder: 'Minister for …' },
    { key: 'briefNumber', label: 'Brief number', required: true, placeholder: 'e.g. MB26-000123' },
    { key: 'purpose', label: 'Purpose', required: true, options: ['For action', 'For information'] },
    { key: 'criticalDate', label: 'Critical date', required: false, placeholder: 'Date and reason, e.g. 12 March: Cabinet meets' },
    { key: 'date', label: 'Date', required: true },
    { key: 'contact', label: 'Contact officer', required: true, placeholder: 'Name, position, phone' },
    { key: 'author', label: 'Cleared by', required: false, placeholder: 'Name, position, phone' },
  ],
  classification: { default: 'OFFICIAL', options: ['OFFICIAL', 'OFFICIAL: Sensitive', 'PROTECTED', 'SECRET', 'TOP SECRET'], required: true },
  sections: [
    { id: 'recommendations', title: 'Recommendations', guidance: 'Numbered recommendations starting "That you…", each followed by Agreed / Not agreed / Noted.', required: true, recommendations: true },
    { id: 'key-points', title: 'Key points', guidance: 'Numbered paragraphs, most important first: what the minister needs to know to decide.', required: true, wordLimit: 400 },
    { id: 'background', title: 'Background', guidance: 'Only what the minister needs for context. Cite your sources.', required: false },
    { id: 'consultation', title: 'Consultation', guidance: 'Agencies, offices and stakeholders consulted, and their views.', required: false },
  ],
  decision: { options: ['Agreed', 'Not agreed', 'Noted'], placement: 'perRecommendation', signature: true },
  page: { size: 'A4', marginsMm: { top: 20, right: 20, bottom: 20, left: 20 }, pageLimit: 2 },
  fonts: { body: 'Arial', heading: 'Arial', eastAsia: 'SimSun', sizePt: 12 },
  headingNumbering: null,
}
