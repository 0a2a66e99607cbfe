import { describe, expect, it } from 'vitest'
import { detectFormat, looksBinary, looksHtml, looksMarkdown } from './detect'
import { type ImportError } from './errors'

const enc = (s: string) => new TextEncoder().encode(s)

describe('detectFormat', () => {
  it('knows PDF and DOCX by their bytes, whatever the name says', () => {
    expect(detectFormat(enc('%PDF-1.7\n...'), { fileName: 'report.txt' })).toBe('pdf')
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...enc('word/document.xml')]), { fileName: 'x.bin' })).toBe('docx')
  })

  it('refuses binaries, password-protected Word files and misnamed files with their own codes', () => {
    const code = (bytes: Uint8Array, fileName?: string) => {
      try {
        detectFormat(bytes, { fileName })
        return null
      } catch (e) {
        return (e as ImportError).code
      }
    }
    expect(code(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]))).toBe('binary')
    expect(code(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'secret.docx')).toBe('encrypted')
    expect(code(enc('just text'), 'broken.pdf')).toBe('corrupt')
    expect(code(enc('just text'), 'broken.docx')).toBe('corrupt')
  })

  it('tells binary from text by NUL bytes and control characters, allowing UTF-16', () => {
    expect(looksBinary(enc('plain text\twith tabs\r\n'))).toBe(false)
    expect(looksBinary(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe(false)
    expect(looksBinary(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 65))))).toBe(true)
  })

  it('recognises HTML and Markdown from their text', () => {
    expect(looksHtml('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe(true)
    expect(looksHtml('Prices rose 3% <b>this</b> year.')).toBe(false)
    // What browsers put on the clipboard for a copied selection.
    expect(looksHtml(`<meta charset='utf-8'><ul><li>One</li></ul>`)).toBe(true)
    expect(looksHtml('Version:0.9\r\nStartHTML:97\r\n<html><body>\r\n<!--StartFragment--><li>One</li><!--EndFragment-->')).toBe(true)
    expect(looksHtml('<h2>Key points</h2><ol><li>First</li></ol>')).toBe(true)
    expect(looksHtml('Use the <table> element for data, says the guide.')).toBe(false)
    expect(looksMarkdown('# Title\n\nSome text.\n\n## Section\n\n- item\n- [link](http://x)\n> quote')).toBe(true)
    expect(looksMarkdown('An ordinary article\n\nwith paragraphs.')).toBe(false)
  })
})
