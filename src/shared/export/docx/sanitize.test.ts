import { describe, expect, it } from 'vitest'
import { hasCjk, hasInvalidXml, stripInvalidXml } from './sanitize'

describe('stripInvalidXml', () => {
  it('removes C0 controls Word cannot store but keeps tab, newline and carriage return', () => {
    expect(stripInvalidXml('a\u0000b\u0007c\u000Bd\u001Fe\tf\ng\rh')).toBe('abcde\tf\ng\rh')
  })
  it('keeps emoji (valid surrogate pairs) and removes lone surrogates and U+FFFE/U+FFFF', () => {
    expect(stripInvalidXml('ok 🎉 \uD800x \uDC00y \uFFFEz\uFFFF')).toBe('ok 🎉 x y z')
  })
  it('reports whether anything would be removed, repeatably', () => {
    expect(hasInvalidXml('fine 中文 🎉')).toBe(false)
    expect(hasInvalidXml('bad\u0001')).toBe(true)
    expect(hasInvalidXml('bad\u0001')).toBe(true)
  })
})

describe('hasCjk', () => {
  it('detects Chinese, Japanese kana, full-width punctuation; not Latin or emoji', () => {
    expect(hasCjk('仿宋')).toBe(true)
    expect(hasCjk('カタカナ')).toBe(true)
    expect(hasCjk('，')).toBe(true)
    expect(hasCjk('Latin text 🎉')).toBe(false)
  })
})
