import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx'
import type { DocNode } from '../../../model'
import type { Block, ExportContext } from '../context'
import { pxToTwip } from '../layout'
import { layoutGrid, type GridCell } from '../table-grid'

const CELL_TYPES = new Set(['tableCell', 'tableHeader'])
/** Word's default left + right cell margins (108 twips each): nested tables fit inside them. */
const CELL_MARGINS = 216
const HEADER_FILL = 'D9D9D9'

function gridCell(cell: DocNode): GridCell {
  const a = cell.attrs ?? {}
  const int = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.floor(v) : 1)
  const colwidth = Array.isArray(a.colwidth) ? a.colwidth.map((w) => (typeof w === 'number' ? w : null)) : null
  return { colspan: int(a.colspan), rowspan: int(a.rowspan), colwidth }
}

/** Maps a cell's blocks at the cell's width; a Word cell must end with a paragraph. */
function cellContent(cell: DocNode, ctx: ExportContext, width: number, header: boolean): Block[] {
  const blocks = ctx.within({ style: 'normal', pendingNumber: null, listLevel: -1, inCell: true, width: Math.max(400, width - CELL_MARGINS), format: header ? { ...ctx.block.format, bold: true } : {} }, () =>
    ctx.mapBlocks(cell.content),
  )
  const last = blocks[blocks.length - 1]
  if (!last || !(last instanceof Paragraph)) blocks.push(new Paragraph({ style: ctx.styles.normal, children: [] }))
  return blocks
}

/**
 * A table with explicit DXA widths on the table, the grid and every cell (from the editor's column
 * widths or evenly over the text width), in Word's "Table Grid" style; leading header rows repeat on
 * each page. Lists and tables inside cells map like anywhere else.
 */
export function mapTable(node: DocNode, ctx: ExportContext): Block[] {
  const rowNodes = (node.content ?? []).filter((row) => row.type === 'tableRow')
  if (rowNodes.length !== (node.content ?? []).length) ctx.warn('Content in a table outside its rows was left out.')
  const cellsOf = (row: DocNode) => (row.content ?? []).filter((cell) => CELL_TYPES.has(cell.type))
  const cellRows = rowNodes.map(cellsOf).filter((cells) => cells.length > 0)
  if (cellRows.length === 0) {
    ctx.warn('An empty table was left out.')
    return []
  }
  const grid = layoutGrid(cellRows.map((cells) => cells.map(gridCell)), ctx.block.width, pxToTwip)
  const widthOf = (column: number, span: number) => grid.columnWidths.slice(column, column + span).reduce((s, w) => s + w, 0)
  let leadingHeader = true
  const rows = cellRows.map((cells, r) => {
    const header = cells.every((cell) => cell.type === 'tableHeader')
    leadingHeader = leadingHeader && header
    const children = cells.map((cell, i) => {
      const { column, span } = grid.placements[r]?.[i] ?? { column: 0, span: 1 }
      const width = widthOf(column, span)
      const isHeader = cell.type === 'tableHeader'
      const rowSpan = Math.min(gridCell(cell).rowspan, cellRows.length - r)
      return new TableCell({
        width: { size: width, type: WidthType.DXA },
        columnSpan: span > 1 ? span : undefined,
        rowSpan: rowSpan > 1 ? rowSpan : undefined,
        shading: isHeader ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
        children: cellContent(cell, ctx, width, isHeader),
      })
    })
    const padding = grid.padding[r] ?? 0
    if (padding > 0) {
      // A short row is filled up so the grid stays rectangular, which Word and validators expect.
      const column = grid.columnWidths.length - padding
      children.push(
        new TableCell({
          width: { size: widthOf(column, padding), type: WidthType.DXA },
          columnSpan: padding > 1 ? padding : undefined,
          children: [new Paragraph({ style: ctx.styles.normal, children: [] })],
        }),
      )
    }
    return new TableRow({ children, tableHeader: leadingHeader || undefined })
  })
  const total = grid.columnWidths.reduce((s, w) => s + w, 0)
  return [
    new Table({
      rows,
      width: { size: total, type: WidthType.DXA },
      columnWidths: grid.columnWidths,
      layout: TableLayoutType.FIXED,
      style: ctx.styles.tableGrid,
    }),
  ]
}

/** A table row, cell or header outside a table (malformed JSON): its content as plain blocks. */
export function mapStrayTablePart(node: DocNode, ctx: ExportContext): Block[] {
  ctx.warn(`A "${node.type}" outside a table was exported as plain paragraphs.`)
  return ctx.mapBlocks(node.content)
}
