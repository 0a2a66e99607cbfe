import type { BriefingTemplate } from '../types'

/** A plain briefing note for any audience: purpose, key points, background, discussion, recommendations. */
export const generalTemplate: BriefingTemplate = {
  id: 'general',
  name: 'General briefing note',
  description: 'A short note for a decision-maker: why it matters, the key points, the background and what to do next.',
  language: 'en',
  fields: [
    { key: 'recipient', label: 'To', required: true, placeholder: 'Name and title of the reader' },
    { key: 'author', label: 'From', required: true, placeholder: 'Your name and team' },
    { key: 'date', label: 'Date', required: false },
    { key: 'reference', label: 'Reference', required: false },
    { key: 'contact', label: 'Contact', required: false, placeholder: 'Name, phone, email' },
  ],
  classification: { default: 'UNCLASSIFIED', options: ['UNCLASSIFIED', 'OFFICIAL', 'OFFICIAL-SENSITIVE', 'CONFIDENTIAL'], required: false },
  sections: [
    { id: 'purpose', title: 'Purpose', guidance: 'In one or two sentences: why the reader is getting this note and what you need from them.', required: true, wordLimit: 60 },
    { id: 'key-points', title: 'Key points', guidance: 'The three to five things the reader must know, most important first.', required: true, wordLimit: 200 },
    { id: 'background', title: 'Background', guidance: 'Only the context the reader needs to understand the key points. Cite your sources.', required: false },
    { id: 'discussion', title: 'Discussion', guidance: 'The analysis: options, risks, costs and who is affected.', required: false },
    { id: 'recommendations', title: 'Recommendations', guidance: 'What you recommend, as numbered actions the reader can agree to.', required: false, recommendations: true },
  ],
  decision: null,
  page: { size: 'A4', marginsMm: { top: 25, right: 25, bottom: 25, left: 25 } },
  fonts: { body: 'Arial', heading: 'Arial', eastAsia: 'SimSun', sizePt: 12 },
  headingNumbering: null,
}
