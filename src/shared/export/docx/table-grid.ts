/** One cell as the grid sees it: its spans and the column widths the editor stored (pixels). */
export interface GridCell {
  colspan: number
  rowspan: number
  colwidth: readonly (number | null)[] | null
}

/** Where a cell sits in the grid. */
export interface CellPlacement {
  column: number
  span: number
}

/** Column widths and each cell's place. */
export interface TableGrid {
  columnWidths: number[]
  placements: CellPlacement[][]
  /** Columns left empty at the end of each row (ragged rows), to be padded so the grid stays rectangular. */
  padding: number[]
}

/** One past the last occupied column. */
function extent(cols: ReadonlySet<number>): number {
  let max = 0
  for (const c of cols) max = Math.max(max, c + 1)
  return max
}

/** The narrowest column we make, in twips (about 7 mm), so no column collapses. */
const MIN_COLUMN = 400

/**
 * Lays out a table's grid: each cell's column (skipping places taken by row spans from above), and
 * one width per column in twips, from the editor's pixel widths where known and evenly over what
 * remains of `available` otherwise, scaled down to fit `available`.
 */
export function layoutGrid(rows: readonly (readonly GridCell[])[], available: number, pxToTwip: (px: number) => number): TableGrid {
  // Columns occupied in each row, by cells of the row itself or by row spans from above.
  const taken: Set<number>[] = rows.map(() => new Set<number>())
  const placements: CellPlacement[][] = []
  let columns = 0
  rows.forEach((row, r) => {
    const places: CellPlacement[] = []
    const here = taken[r] ?? new Set<number>()
    let col = 0
    for (const cell of row) {
      while (here.has(col)) col++
      const span = Math.max(1, cell.colspan)
      const rowspan = Math.max(1, Math.min(cell.rowspan, rows.length - r))
      for (let dr = 0; dr < rowspan; dr++) for (let dc = 0; dc < span; dc++) taken[r + dr]?.add(col + dc)
      places.push({ column: col, span })
      col += span
    }
    placements.push(places)
    columns = Math.max(columns, col, extent(here))
  })
  columns = Math.max(1, columns)
  const px: (number | null)[] = Array.from({ length: columns }, () => null)
  rows.forEach((row, r) =>
    row.forEach((cell, i) => {
      const column = placements[r]?.[i]?.column ?? 0
      cell.colwidth?.forEach((w, k) => {
        if (typeof w === 'number' && w > 0 && px[column + k] === null) px[column + k] = w
      })
    }),
  )
  const known = px.map((w) => (w === null ? null : pxToTwip(w)))
  const knownSum = known.reduce<number>((s, w) => s + (w ?? 0), 0)
  const unknown = known.filter((w) => w === null).length
  const share = unknown ? Math.max(MIN_COLUMN, Math.floor((available - knownSum) / unknown)) : 0
  let widths = known.map((w) => w ?? share)
  const total = widths.reduce((s, w) => s + w, 0)
  if (total > available) widths = widths.map((w) => Math.max(1, Math.floor((w * available) / total)))
  const padding = taken.map((cols) => columns - extent(cols))
  return { columnWidths: widths, placements, padding }
}
