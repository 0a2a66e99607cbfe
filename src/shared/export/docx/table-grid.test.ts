import { describe, expect, it } from 'vitest'
import { pxToTwip } from './layout'
import { layoutGrid, type GridCell } from './table-grid'

const c = (colspan = 1, rowspan = 1, colwidth: (number | null)[] | null = null): GridCell => ({ colspan, rowspan, colwidth })

describe('layoutGrid', () => {
  it('spreads columns without widths evenly over the available width', () => {
    const g = layoutGrid([[c(), c(), c()]], 9000, pxToTwip)
    expect(g.columnWidths).toEqual([3000, 3000, 3000])
  })
  it('uses the editor pixel widths (15 twips per px) and gives the rest to unknown columns', () => {
    const g = layoutGrid([[c(1, 1, [100]), c()]], 9000, pxToTwip)
    expect(g.columnWidths).toEqual([1500, 7500])
  })
  it('scales widths down when they exceed the text width', () => {
    const g = layoutGrid([[c(1, 1, [600]), c(1, 1, [600])]], 9000, pxToTwip)
    expect(g.columnWidths).toEqual([4500, 4500])
  })
  it('places cells after columns taken by a row span from above', () => {
    const g = layoutGrid([[c(1, 2), c(), c()], [c(), c()]], 9000, pxToTwip)
    expect(g.placements[1]).toEqual([
      { column: 1, span: 1 },
      { column: 2, span: 1 },
    ])
  })
  it('reads widths of spanned columns from a colspan cell and pads short rows', () => {
    const g = layoutGrid([[c(2, 1, [100, 200]), c()], [c()]], 9000, pxToTwip)
    expect(g.columnWidths.slice(0, 2)).toEqual([1500, 3000])
    expect(g.padding).toEqual([0, 2])
  })
})
