import type { BriefingTemplate } from '../types'

/** A US federal action memo: classification, a BLUF of at most four lines, Approve / Disapprove, two pages. */
export const usActionMemoTemplate: BriefingTemplate = {
  id: 'us-action-memo',
  name: 'US action memo',
  description: 'A US government action memo: classification banner, bottom line up front (at most 4 lines), recommendation with Approve / Disapprove lines, two-page limit, Times New Roman 12.',
  language: 'en-US',
  fields: [
    { key: 'recipient', label: 'TO', required: true, placeholder: 'The Secretary' },
    { key: 'author', label: 'FROM', required: true, placeholder: 'Name, office' },
    { key: 'date', label: 'DATE', required: true },
    { key: 'contact', label: 'Drafted by', required: false, placeholder: 'Name, office, phone' },
    { key: 'dueDate', label: 'Suspense', required: false, placeholder: 'Decision needed by' },
  ],
  classification: {
    default: 'UNCLASSIFIED',
    options: ['UNCLASSIFIED', 'CONTROLLED UNCLASSIFIED INFORMATION', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'],
    required: true,
  },
  sections: [
    { id: 'bluf', title: 'Bottom line up front', guidance: 'The decision needed and your recommendation, in at most four lines.', required: true, lineLimit: 4 },
    { id: 'recommendation', title: 'Recommendation', guidance: 'That you approve …, stated so it can be approved or disapproved.', required: true, recommendations: true },
    { id: 'background', title: 'Background', guidance: 'The facts behind the decision, briefly. Cite your sources.', required: true },
    { id: 'discussion', title: 'Discussion', guidance: 'Options, costs, risks and the views of other offices.', required: false },
  ],
  decision: { options: ['Approve', 'Disapprove'], placement: 'perRecommendation', signature: false },
  page: { size: 'Letter', marginsMm: { top: 25.4, right: 25.4, bottom: 25.4, left: 25.4 }, pageLimit: 2 },
  fonts: { body: 'Times New Roman', heading: 'Times New Roman', eastAsia: 'SimSun', sizePt: 12 },
  headingNumbering: null,
}
