import { Schema, type DOMOutputSpec, type MarkSpec, type NodeSpec } from '@tiptap/pm/model'

/**
 * A plain ProseMirror schema for the briefing vocabulary of src/shared/model/doc.ts, written without
 * TipTap so the baseline page carries none of TipTap's code: node names and attributes match, so it
 * loads the same `.brief` JSON.
 */
const cellAttrs = { colspan: { default: 1 }, rowspan: { default: 1 }, colwidth: { default: null } }

const nodes: Record<string, NodeSpec> = {
  doc: { content: 'block+' },
  text: { group: 'inline' },
  paragraph: { content: 'inline*', group: 'block', attrs: { guidance: { default: null } }, parseDOM: [{ tag: 'p' }], toDOM: (): DOMOutputSpec => ['p', 0] },
  heading: {
    content: 'inline*',
    group: 'block',
    defining: true,
    attrs: { level: { default: 1 }, sectionId: { default: null } },
    parseDOM: [1, 2, 3].map((level) => ({ tag: `h${level}`, attrs: { level } })),
    toDOM: (n): DOMOutputSpec => [`h${String(n.attrs['level'])}`, 0],
  },
  blockquote: { content: 'block+', group: 'block', defining: true, parseDOM: [{ tag: 'blockquote' }], toDOM: (): DOMOutputSpec => ['blockquote', 0] },
  horizontalRule: { group: 'block', parseDOM: [{ tag: 'hr' }], toDOM: (): DOMOutputSpec => ['hr'] },
  bulletList: { content: 'listItem+', group: 'block', parseDOM: [{ tag: 'ul' }], toDOM: (): DOMOutputSpec => ['ul', 0] },
  orderedList: {
    content: 'listItem+',
    group: 'block',
    attrs: { start: { default: 1 }, type: { default: null } },
    parseDOM: [{ tag: 'ol' }],
    toDOM: (n): DOMOutputSpec => ['ol', { start: String(n.attrs['start']) }, 0],
  },
  listItem: { content: 'paragraph block*', defining: true, parseDOM: [{ tag: 'li' }], toDOM: (): DOMOutputSpec => ['li', 0] },
  decisionBlock: { group: 'block', atom: true, attrs: { options: { default: [] }, label: { default: null } }, toDOM: (): DOMOutputSpec => ['div', { class: 'decision' }] },
  hardBreak: { inline: true, group: 'inline', selectable: false, parseDOM: [{ tag: 'br' }], toDOM: (): DOMOutputSpec => ['br'] },
  citation: {
    inline: true,
    group: 'inline',
    atom: true,
    attrs: { id: { default: '' }, sourceId: { default: '' }, blockId: { default: '' }, quote: { default: '' }, locator: { default: null } },
    toDOM: (n): DOMOutputSpec => ['cite', { 'data-source-id': String(n.attrs['sourceId']) }],
  },
  footnote: { inline: true, group: 'inline', atom: true, attrs: { id: { default: '' }, text: { default: '' } }, toDOM: (n): DOMOutputSpec => ['sup', { 'data-footnote-id': String(n.attrs['id']) }] },
  // Table nodes under TipTap's names, with the roles prosemirror-tables expects.
  table: { content: 'tableRow+', group: 'block', isolating: true, tableRole: 'table', parseDOM: [{ tag: 'table' }], toDOM: (): DOMOutputSpec => ['table', ['tbody', 0]] },
  tableRow: { content: '(tableCell | tableHeader)*', tableRole: 'row', parseDOM: [{ tag: 'tr' }], toDOM: (): DOMOutputSpec => ['tr', 0] },
  tableCell: { content: 'block+', attrs: cellAttrs, tableRole: 'cell', isolating: true, parseDOM: [{ tag: 'td' }], toDOM: (): DOMOutputSpec => ['td', 0] },
  tableHeader: { content: 'block+', attrs: cellAttrs, tableRole: 'header_cell', isolating: true, parseDOM: [{ tag: 'th' }], toDOM: (): DOMOutputSpec => ['th', 0] },
}

const marks: Record<string, MarkSpec> = {
  bold: { parseDOM: [{ tag: 'strong' }], toDOM: (): DOMOutputSpec => ['strong', 0] },
  italic: { parseDOM: [{ tag: 'em' }], toDOM: (): DOMOutputSpec => ['em', 0] },
  underline: { parseDOM: [{ tag: 'u' }], toDOM: (): DOMOutputSpec => ['u', 0] },
  strike: { parseDOM: [{ tag: 's' }], toDOM: (): DOMOutputSpec => ['s', 0] },
  code: { parseDOM: [{ tag: 'code' }], toDOM: (): DOMOutputSpec => ['code', 0] },
  link: { attrs: { href: { default: '' } }, inclusive: false, toDOM: (m): DOMOutputSpec => ['a', { href: String(m.attrs['href']) }, 0] },
  quoted: { attrs: { citeId: { default: '' } }, toDOM: (): DOMOutputSpec => ['span', { 'data-quoted': '' }, 0] },
}

/** The baseline's schema. */
export const baselineSchema = new Schema({ nodes, marks })
