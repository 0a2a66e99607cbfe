import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { zipSync } from 'fflate'
import { checkDocxPackage } from './zip-guard'
import { ImportError } from './errors'

const DOC_XML = new TextEncoder().encode('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>')

function codeOf(fn: () => void): string | null {
  try {
    fn()
    return null
  } catch (e) {
    return e instanceof ImportError ? e.code : `not an ImportError: ${String(e)}`
  }
}

describe('checkDocxPackage', () => {
  it('accepts a small package with word/document.xml', () => {
    expect(codeOf(() => checkDocxPackage(zipSync({ 'word/document.xml': DOC_XML })))).toBeNull()
  })

  it('refuses a zip bomb by its declared uncompressed size, without inflating it', () => {
    const bomb = zipSync({ 'word/document.xml': DOC_XML, 'word/media/zeros.bin': new Uint8Array(8 * 1024 * 1024) }, { level: 9 })
    expect(bomb.length).toBeLessThan(100_000)
    expect(codeOf(() => checkDocxPackage(bomb))).toBe('zip-bomb')
    expect(codeOf(() => checkDocxPackage(zipSync({ 'word/document.xml': DOC_XML, 'a.bin': new Uint8Array(3 * 1024 * 1024) }, { level: 0 }), { maxTotal: 1024 * 1024 }))).toBe('zip-bomb')
  })

  it('refuses an encrypted entry', () => {
    const zip = zipSync({ 'word/document.xml': DOC_XML })
    // Set the "encrypted" bit in the central directory entry's flags.
    const view = new DataView(zip.buffer)
    for (let i = zip.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint16(i + 8, view.getUint16(i + 8, true) | 1, true)
        break
      }
    }
    expect(codeOf(() => checkDocxPackage(zip))).toBe('encrypted')
  })

  it('calls a truncated or foreign ZIP corrupt', () => {
    const zip = zipSync({ 'word/document.xml': DOC_XML })
    expect(codeOf(() => checkDocxPackage(zip.subarray(0, zip.length - 30)))).toBe('corrupt')
    expect(codeOf(() => checkDocxPackage(zipSync({ 'readme.txt': new Uint8Array(10) })))).toBe('corrupt')
  })

  /** A package whose one big entry declares `declared` bytes in both headers instead of its real size. */
  function liar(real: number, declared: number): Uint8Array {
    const zip = zipSync({ 'word/document.xml': DOC_XML, 'word/media/zeros.bin': new Uint8Array(real) }, { level: 9 })
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
    for (let i = 0; i + 4 <= zip.length; i++) {
      const sig = view.getUint32(i, true)
      if (sig === 0x04034b50 && view.getUint32(i + 22, true) === real) view.setUint32(i + 22, declared, true)
      if (sig === 0x02014b50 && view.getUint32(i + 24, true) === real) view.setUint32(i + 24, declared, true)
    }
    return zip
  }

  it('refuses an entry that declares 1 kB but inflates 16 MB, counting the bytes it really gives', () => {
    expect(codeOf(() => checkDocxPackage(liar(16 * 1024 * 1024, 1024)))).toBe('zip-bomb')
    // Under the total budget too: 3 MB of real output against a 1 MB allowance, declared as 1 kB.
    const bigger = zipSync({ 'word/document.xml': DOC_XML, 'a.bin': new Uint8Array(3 * 1024 * 1024).fill(7) }, { level: 1 })
    expect(codeOf(() => checkDocxPackage(bigger, { maxTotal: 1024 * 1024, maxRatio: 1e9 }))).toBe('zip-bomb')
  })

  it('calls an entry whose compressed data is garbage corrupt', () => {
    const zip = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document>' + 'text '.repeat(2000) + '</w:document>') }, { level: 9 })
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
    const dataStart = 30 + view.getUint16(26, true) + view.getUint16(28, true)
    zip.fill(0xff, dataStart, dataStart + 40)
    expect(codeOf(() => checkDocxPackage(zip))).toBe('corrupt')
  })

  it('passes real Word and LibreOffice documents', () => {
    const docx = new Uint8Array(readFileSync(join(__dirname, '../../../test/fixtures/articles/harbourton-port-electrification.docx')))
    expect(codeOf(() => checkDocxPackage(docx))).toBeNull()
  })
})
