import { getSchema, type AnyExtension } from '@tiptap/core'
import type { Schema } from '@tiptap/pm/model'
import { StarterKit, type StarterKitOptions } from '@tiptap/starter-kit'
import { Table, TableCell, TableHeader, TableRow, type TableOptions } from '@tiptap/extension-table'
import { Citation } from './citation'
import { Quoted } from './quoted'
import { Footnote } from './footnote'
import { DecisionBlock } from './decision-block'
import { SectionHeading } from './section-heading'
import { GuidedParagraph } from './guided-paragraph'

export { Citation, type CitationAttrs, type CitationOptions } from './citation'
export { Quoted, type QuotedOptions } from './quoted'
export { Footnote, type FootnoteAttrs, type FootnoteOptions } from './footnote'
export { DecisionBlock, type DecisionBlockAttrs, type DecisionBlockOptions } from './decision-block'
export { SectionHeading, sectionIdGuardKey } from './section-heading'
export { GuidedParagraph } from './guided-paragraph'
export { dataAttr, dataListAttr, dataAttrName } from './data-attr'

export interface BriefingExtensionsOptions {
  /**
   * Overrides for StarterKit (e.g. `{ undoRedo: false }`); `link` is merged over our defaults.
   * `heading`, `paragraph` and `codeBlock` are fixed: ours replace the first two, the third is not
   * part of the briefing vocabulary.
   * @default {}
   */
  starterKit?: Omit<Partial<StarterKitOptions>, 'heading' | 'paragraph' | 'codeBlock'>
  /**
   * Table options, e.g. `{ resizable: true }` in the renderer.
   * @default {}
   */
  table?: Partial<TableOptions>
}

/**
 * The one list of extensions behind the editor, the exporter and the tests (the node and mark names
 * are the vocabulary documented in `src/shared/model/doc.ts`). The renderer swaps in node views with
 * `.extend()` on the exported nodes; it never adds schema of its own.
 */
export function briefingExtensions(opts: BriefingExtensionsOptions = {}): AnyExtension[] {
  const { link, ...starterKit } = opts.starterKit ?? {}
  return [
    StarterKit.configure({
      ...starterKit,
      heading: false,
      paragraph: false,
      codeBlock: false,
      // Links open in the system browser only after a confirmation the renderer asks for, never on click.
      link: link === false ? false : { openOnClick: false, ...link },
    }),
    SectionHeading,
    GuidedParagraph,
    Table.configure(opts.table ?? {}),
    TableRow,
    TableHeader,
    TableCell,
    Citation,
    Quoted,
    Footnote,
    DecisionBlock,
  ]
}

let cachedSchema: Schema | undefined

/** The ProseMirror schema of a briefing body (built once; schemas are immutable). */
export function briefingSchema(): Schema {
  cachedSchema ??= getSchema(briefingExtensions())
  return cachedSchema
}
