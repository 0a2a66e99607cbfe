import { Document, Packer, readTheme, type IThemeOptions } from 'docx'
import type { Briefing } from '../../model'
import { findTemplate, type BriefingTemplate } from '../../templates'
import { ExportContext } from './context'
import { mapFrontMatter } from './front-matter'
import { resolveLayout } from './layout'
import { MAPPERS } from './mappers'
import { readOrgStyles } from './org-styles'
import { pageFooter, pageHeader } from './page-furniture'
import { stripInvalidXml } from './sanitize'
import { mapSourcesSection } from './sources-section'
import { resolveStyles } from './styles'

/** Options of one export. */
export interface ExportDocxOptions {
  /** The briefing's template (page, fonts, header fields, decision block, heading numbering); by default the one `meta.template` names. */
  template?: BriefingTemplate
  /** An organisation's .docx or .dotx whose styles replace ours (matched by style name). */
  styleSource?: Uint8Array
  /** When the export happens (written in the document's description); passed in so the output repeats. */
  now: Date
}

/** The exported file and what the user should know about it. */
export interface ExportDocxResult {
  bytes: Uint8Array
  warnings: string[]
}

/**
 * The theme of an organisation's file: its styles often name theme fonts and colours ("+Body",
 * Accent 1) rather than fonts, so without its theme they would look like Office's. A file without
 * a theme keeps docx's (Office's) own.
 */
function orgTheme(styleSource: Uint8Array): IThemeOptions | undefined {
  try {
    return readTheme(styleSource)
  } catch {
    return undefined
  }
}

/** The `docx` Document for a briefing, and the warnings collected while mapping it. */
export function buildBriefingDocument(briefing: Briefing, options: ExportDocxOptions): { document: Document; warnings: string[] } {
  const template = options.template ?? findTemplate(briefing.meta.template)
  const layout = resolveLayout(briefing, template)
  const org = options.styleSource ? readOrgStyles(options.styleSource) : undefined
  const styles = resolveStyles(layout, org)
  const ctx = new ExportContext(briefing, layout, styles.ids, MAPPERS)
  if (!template) ctx.warn(`Template "${briefing.meta.template}" is unknown; exported with a plain layout.`)
  if (briefing.doc.type !== 'doc') ctx.warn(`The briefing body is a "${briefing.doc.type}", not a document; exported as found.`)
  const children = [...mapFrontMatter(ctx), ...ctx.mapBlocks(briefing.doc.type === 'doc' ? briefing.doc.content : [briefing.doc])]
  children.push(...mapSourcesSection(ctx))
  const meta = briefing.meta
  const clean = (s: string) => stripInvalidXml(s).trim()
  const document = new Document({
    title: clean(meta.title),
    subject: clean(template?.name ?? ''),
    creator: clean(meta.author) || 'Briefwright',
    lastModifiedBy: clean(meta.author) || 'Briefwright',
    keywords: [layout.classification, template?.id ?? meta.template].map(clean).filter(Boolean).join(', '),
    description: `Exported by Briefwright on ${options.now.toISOString().slice(0, 10)}`,
    revision: 1,
    customProperties: [{ name: 'Classification', value: clean(layout.classification) }],
    styles: styles.styles,
    theme: options.styleSource ? orgTheme(options.styleSource) : undefined,
    numbering: ctx.lists.options(),
    footnotes: ctx.footnotes.toOptions(),
    sections: [
      {
        properties: {
          page: {
            size: { width: layout.page.width, height: layout.page.height },
            margin: { ...layout.page.margins, header: 567, footer: 567 },
          },
        },
        headers: { default: pageHeader(ctx) },
        footers: { default: pageFooter(ctx) },
        children,
      },
    ],
  })
  return { document, warnings: ctx.warnings }
}

/**
 * Exports a briefing as a Word document. Pure: runs in Node and the browser, builds a fresh Document
 * each time, and never throws for odd content (unknown nodes, missing sources, control characters):
 * those become warnings. It throws only when `styleSource` is not a usable Word file (OrgStylesError).
 */
export async function exportBriefingDocx(briefing: Briefing, options: ExportDocxOptions): Promise<ExportDocxResult> {
  const { document, warnings } = buildBriefingDocument(briefing, options)
  const bytes = await Packer.pack(document, 'uint8array')
  return { bytes, warnings }
}
