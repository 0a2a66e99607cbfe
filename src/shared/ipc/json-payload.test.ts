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

  it('refuses cycles without looping', () => {
    const a: Record<string, unknown> = {}
    a['self'] = a
    expect(isJsonPayload(a)).toBe(false)
    const b: unknown[] = []
    b.push({ inner: [b] })
    expect(isJsonPayload({ b })).toBe(false)
  })

  it('accepts an object shared between two places, as a ProseMirror doc JSON shares a mark’s attrs', () => {
    const attrs = { href: 'https://example.org' }
    const doc = { content: [{ text: 'a', marks: [{ type: 'link', attrs }] }, { text: 'b', marks: [{ type: 'bold' }, { type: 'link', attrs }] }] }
    expect(isJsonPayload(doc)).toBe(true)
  })

  it('refuses a small value whose shared objects expand beyond the budget, without hanging', () => {
    let dag: unknown = 'leaf'
    for (let i = 0; i < 40; i++) dag = [dag, dag]
    expect(isJsonPayload(dag)).toBe(false)
  })

  it('refuses nesting beyond the limit without overflowing the stack', () => {
    let deep: unknown = 'leaf'
    for (let i = 0; i < 100_000; i++) deep = { c: [deep] }
    expect(isJsonPayload(deep)).toBe(false)
    expect(isJsonPayload({ a: { b: { c: 1 } } }, 2)).toBe(false)
    expect(isJsonPayload({ a: { b: { c: 1 } } }, 3)).toBe(true)
  })
})
