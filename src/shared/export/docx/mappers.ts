import type { Mappers } from './context'
import { MARK_MAPPERS } from './marks'
import { mapBlockquote } from './nodes/blockquote'
import { mapCitation } from './nodes/citation'
import { mapDecisionBlock } from './nodes/decision-block'
import { mapFootnote } from './nodes/footnote'
import { mapHardBreak } from './nodes/hard-break'
import { mapHeading } from './nodes/heading'
import { mapHorizontalRule } from './nodes/horizontal-rule'
import { mapBulletList, mapOrderedList, mapStrayListItem } from './nodes/list'
import { mapParagraph } from './nodes/paragraph'
import { mapStrayTablePart, mapTable } from './nodes/table'
import { mapText } from './nodes/text'

/** One mapper per node and mark type of the briefing vocabulary (src/shared/model/doc.ts). */
export const MAPPERS: Mappers = {
  blocks: {
    paragraph: mapParagraph,
    heading: mapHeading,
    blockquote: mapBlockquote,
    bulletList: mapBulletList,
    orderedList: mapOrderedList,
    listItem: mapStrayListItem,
    table: mapTable,
    tableRow: mapStrayTablePart,
    tableCell: mapStrayTablePart,
    tableHeader: mapStrayTablePart,
    horizontalRule: mapHorizontalRule,
    decisionBlock: mapDecisionBlock,
  },
  inlines: {
    text: mapText,
    hardBreak: mapHardBreak,
    citation: mapCitation,
    footnote: mapFootnote,
  },
  marks: MARK_MAPPERS,
}
