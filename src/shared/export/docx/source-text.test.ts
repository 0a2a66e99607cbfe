import { describe, expect, it } from 'vitest'
import { sourceOf } from '../../../../test/docx/build'
import { labelsFor } from './labels'
import { citationNoteText, ibidNoteText, missingSourceNoteText, sourceEntryText } from './source-text'

const en = labelsFor('en-GB')
const zh = labelsFor('zh-CN')

describe('citation note text', () => {
  it('gives author, publisher, quoted title, date, URL and locator', () => {
    const s = sourceOf('s1', { author: 'J. Smith', date: '2026-03-04T10:00:00Z' })
    expect(citationNoteText(s, 'para. 4', en)).toBe('J. Smith, Publisher of s1, \u201CTitle of s1\u201D, 2026-03-04, https://example.org/s1, para. 4.')
  })
  it('leaves out what the source lacks', () => {
    const s = sourceOf('s1', { publisher: null, url: null, date: null })
    expect(citationNoteText(s, null, en)).toBe('\u201CTitle of s1\u201D.')
  })
  it('uses Chinese punctuation and 《》 for Chinese documents', () => {
    const s = sourceOf('s1', { title: '通知', publisher: '国务院', url: null })
    expect(citationNoteText(s, '第2段', zh)).toBe('国务院，《通知》，2026-03-04，第2段。')
  })
  it('shortens a repeat to Ibid. with the locator', () => {
    expect(ibidNoteText('p. 3', en)).toBe('Ibid., p. 3.')
    expect(ibidNoteText(null, en)).toBe('Ibid.')
  })
  it('says when the source is missing and keeps the quote', () => {
    const text = missingSourceNoteText({ id: 'c', sourceId: 'gone', blockId: 'b', quote: 'words', locator: null }, en)
    expect(text).toContain('\u201Cwords\u201D')
    expect(text).toContain('source missing from this briefing (gone)')
  })
  it('lists a source as title, publisher, date', () => {
    expect(sourceEntryText(sourceOf('s2'), en)).toBe('Title of s2. Publisher of s2. 2026-03-04.')
  })
})
