import { describe, expect, it } from 'vitest'
import { isJsonPayload } from './json-payload'

describe('isJsonPayload', () => {
  it('accepts plain JSON of any shape', () => {
    expect(isJsonPayload({ a: [1, 'two', null, true, { b: -3.5 }], c: {} })).toBe(true)
    expect(isJsonPayload(Object.assign(Object.create(null), { a: 1 }))).toBe(true)
  })

  it.each([
    ['a BigInt', { meta: { extra: 10n } }],
    ['NaN', { n: Number.NaN }],
    ['Infinity', [Infinity]],
    ['a Date', { at: new Date(0) }],
    ['a Map', { m: new Map() }],
    ['bytes', { b: new Uint8Array(2) }],
    ['undefined', { u: undefined }],
    ['a function', { f: () => 1 }],
  ])('refuses %s, which structured clone carries but JSON files cannot hold', (_label, value) => {
    expect(isJsonPayload(value)).toBe(false)
  })

  it('refuses cycles and repeated objects without looping', () => {
    const a: Record<string, unknown> = {}
    a['self'] = a
    expect(isJsonPayload(a)).toBe(false)
  })

  it('refuses nesting beyond the limit without overflowing the stack', () => {
    let deep: unknown = 'leaf'
    for (let i = 0; i < 100_000; i++) deep = { c: [deep] }
    expect(isJsonPayload(deep)).toBe(false)
    expect(isJsonPayload({ a: { b: { c: 1 } } }, 2)).toBe(false)
    expect(isJsonPayload({ a: { b: { c: 1 } } }, 3)).toBe(true)
  })
})
