/** The styles the exporter uses, by our key. */
export type StyleKey =
  | 'normal'
  | 'title'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'quote'
  | 'listBullet'
  | 'listNumber'
  | 'caption'
  | 'footnoteText'
  | 'tableGrid'
  | 'hyperlink'
  | 'footnoteReference'

export interface WordStyle {
  /** Word's style id in an English Word's styles.xml. */
  id: string
  /** Word's built-in style name, as Word writes it in `w:name` (lowercase for some built-ins). */
  name: string
  type: 'paragraph' | 'character' | 'table'
}

/**
 * Word's own ids and names for its built-in styles. Using exactly these lets Word recognise them as the
 * built-ins (navigation pane, table of contents, "List Bullet" in the gallery) and lets an organisation's
 * template restyle them, because templates are matched by name.
 */
export const WORD_STYLES: Record<StyleKey, WordStyle> = {
  normal: { id: 'Normal', name: 'Normal', type: 'paragraph' },
  title: { id: 'Title', name: 'Title', type: 'paragraph' },
  heading1: { id: 'Heading1', name: 'heading 1', type: 'paragraph' },
  heading2: { id: 'Heading2', name: 'heading 2', type: 'paragraph' },
  heading3: { id: 'Heading3', name: 'heading 3', type: 'paragraph' },
  quote: { id: 'Quote', name: 'Quote', type: 'paragraph' },
  listBullet: { id: 'ListBullet', name: 'List Bullet', type: 'paragraph' },
  listNumber: { id: 'ListNumber', name: 'List Number', type: 'paragraph' },
  caption: { id: 'Caption', name: 'caption', type: 'paragraph' },
  footnoteText: { id: 'FootnoteText', name: 'footnote text', type: 'paragraph' },
  tableGrid: { id: 'TableGrid', name: 'Table Grid', type: 'table' },
  hyperlink: { id: 'Hyperlink', name: 'Hyperlink', type: 'character' },
  footnoteReference: { id: 'FootnoteReference', name: 'footnote reference', type: 'character' },
}

/** The style id to use for each key in one export (an organisation's template may have its own ids). */
export type StyleIds = Record<StyleKey, string>
