import { describe, expect, it } from 'vitest'
import { classify } from './classify'
import { segment } from './segment'

const PROSE = [
  'Researchers at the institute found that river otters returned to eleven of the fifteen streams surveyed, the highest share since monitoring began.',
  'The team placed camera traps along each stream for two winters and counted otter visits against the records kept by volunteer groups.',
  'Water quality improved most where farms had fenced cattle away from the banks, the study said, and where old weirs had been removed.',
  '"The animals are telling us the rivers are getting better," said the lead author, who added that pollution from roads remains a problem.',
  'The study was paid for by a national wildlife trust and will be followed by a second survey of the estuaries next year.',
]
const kept = (text: string) => classify(segment(text)).filter((l) => l.verdict === 'keep').map((l) => l.text)

describe('dropEndMatter', () => {
  it('drops what follows a press release end mark, and the "About <Organisation>" blurb before it', () => {
    const text = ['Otters return to most lowland streams, survey finds', ...PROSE, 'About Fenmoor Institute', 'Fenmoor Institute is an independent research centre with 300 staff, founded in 1962.', '###', 'Journal\tFreshwater Letters', 'DOI\t10.1234/fl.2025.07'].join('\n')
    expect(kept(text)).toEqual(PROSE)
  })

  it('keeps an "About the data" section and a blurb that does not name its heading', () => {
    const text = ['Otters return to most lowland streams, survey finds', ...PROSE, 'About the data', 'The camera records are published each spring under an open licence.'].join('\n')
    expect(kept(text)).toContain('The camera records are published each spring under an open licence.')
  })

  it('drops numbered footnotes at the end whose markers are glued into the text', () => {
    const body = [...PROSE.slice(0, 4), PROSE[4]!.replace('next year.', 'next year.1')]
    const text = ['Otters return to most lowland streams, survey finds', ...body, '1', 'The estuary survey depends on a grant decision expected in the spring.'].join('\n')
    expect(kept(text)).toEqual(body)
  })

  it('keeps numbered steps that no marker in the text points to', () => {
    const text = ['Otters return to most lowland streams, survey finds', ...PROSE, '1', 'Fill in the sighting form with the date and the place you saw the otter.'].join('\n')
    expect(kept(text)).toContain('Fill in the sighting form with the date and the place you saw the otter.')
  })
})
