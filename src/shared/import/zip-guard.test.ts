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
})
