import { describe, expect, it } from 'vitest'
import { pageHints, wordsOf, type PageHints, type PositionedRun } from './pdf-words'

const run = (str: string, x: number, width: number, font = 'f'): PositionedRun => ({ str, x, y: 700, width, size: 12, font })
const hints = (scale: number, starts: number[] = [], ends: number[] = []): PageHints => ({ scale: new Map([['f', scale]]), starts, ends })
const boxes = (runs: PositionedRun[], h: PageHints) => wordsOf(runs, h).map((w) => [w.text, Math.round(w.x0), Math.round(w.x1)])

describe('wordsOf', () => {
  it('places words by glyph widths, not by an even share per character', () => {
    // "ill" is narrow and "MW" wide in every font: 'ill' takes 666 of 2443 units of this run.
    const [ill, mw] = wordsOf([run('ill MW', 0, 100)], hints(100 / ((666 + 278 + 833 + 944) * 0.012)))
    expect(ill!.x1).toBeCloseTo((100 * 666) / 2721, 0)
    expect(mw!.x0).toBeCloseTo((100 * 944) / 2721, 0)
  })

  it('puts the extra width of a run into the space after which the rest starts where a column starts', () => {
    // "$1.2m Under way" is 94.0 wide at scale 1; 20 more points sit in the gap before "Under", which
    // then starts at 56.7, where other runs of the page start.
    expect(boxes([run('$1.2m Under way', 0, 114)], hints(1, [56.7]))).toEqual([['$1.2m', 0, 33], ['Under', 57, 89], ['way', 93, 114]])
    // The same run next to a right-aligned column's edge (33.3) says the gap follows "$1.2m" too.
    expect(boxes([run('$1.2m Under way', 0, 114)], hints(1, [], [33.3]))[1]).toEqual(['Under', 57, 89])
    // With no column edge near, a short run's extra width is spread over its glyphs (an estimate error).
    expect(boxes([run('$1.2m Under way', 0, 114)], hints(1))[1]).toEqual(['Under', 44, 84])
  })

  it('does not move the extra width of a long line of prose to a space that lines up by chance', () => {
    // Were the extra width all before "seven", that word would start at 384, a column edge.
    const words = wordsOf([run('one two three four five six seven', 0, 400)], hints(0.5, [384]))
    const gaps = words.slice(1).map((w, i) => w.x0 - words[i]!.x1)
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(0.001)
  })

  it('shares the extra width of a long line among its spaces (justified text), keeping word widths', () => {
    const words = wordsOf([run('aa aa aa aa aa aa aa', 0, 200)], hints(1))
    const gaps = words.slice(1).map((w, i) => w.x0 - words[i]!.x1)
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(0.001)
    expect(gaps[0]).toBeGreaterThan(12 * 0.278 * 2)
    expect(words[0]!.x1 - words[0]!.x0).toBeCloseTo(12 * 1.112, 5)
  })

  it('joins a word that pdf.js cut across two runs, but not two runs with a space between', () => {
    expect(wordsOf([run('Harbour', 0, 40), run('ton', 40, 17)], hints(1)).map((w) => w.text)).toEqual(['Harbourton'])
    expect(wordsOf([run('Harbour ', 0, 44), run('ton', 44, 17)], hints(1)).map((w) => w.text)).toEqual(['Harbour', 'ton'])
  })

  it('calibrates each font from its runs without spaces', () => {
    const h = pageHints([run('Share', 0, 29.7, 'bold'), run('a b', 0, 50, 'bold'), run('x', 0, 5, 'reg')])
    expect(h.scale.get('bold')).toBeCloseTo(29.7 / (2668 * 0.012), 3)
    expect(h.scale.get('reg')).toBeCloseTo(5 / 6, 3)
    expect(h.starts).toEqual([0, 0, 0])
    // Only edges shared by two runs count: 5 and 29.7 are ends of one run each.
    expect(h.ends).toEqual([])
  })
})
