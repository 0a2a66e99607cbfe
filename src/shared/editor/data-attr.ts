import type { Attribute } from '@tiptap/core'

/** `sourceId` → `data-source-id`. */
export function dataAttrName(key: string): string {
  return `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`
}

/**
 * A string attribute stored in HTML as `data-*` (named after the key unless `name` is given), so
 * nodes survive copy and paste between editors. A null value writes no attribute and reads back as null.
 */
export function dataAttr(key: string, fallback: string | null, name = dataAttrName(key)): Attribute {
  return {
    default: fallback,
    parseHTML: (element) => element.getAttribute(name) ?? fallback,
    renderHTML: (attributes) => {
      const value: unknown = attributes[key]
      return value === null || value === undefined ? {} : { [name]: String(value) }
    },
  }
}

/** A string-array attribute stored in HTML as JSON in a `data-*` attribute. */
export function dataListAttr(key: string): Attribute {
  const name = dataAttrName(key)
  return {
    default: [],
    parseHTML: (element) => {
      const raw = element.getAttribute(name)
      if (!raw) return []
      try {
        const value: unknown = JSON.parse(raw)
        return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
      } catch {
        // Hand-written or foreign HTML: an unreadable list is an empty one, not a failed paste.
        return []
      }
    },
    renderHTML: (attributes) => ({ [name]: JSON.stringify(attributes[key] ?? []) }),
  }
}
