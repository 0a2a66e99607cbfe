import type { BriefingMeta } from '../model'
import type { BriefingTemplate } from './types'

/** Header fields kept directly on the briefing's meta. */
export const META_FIELD_KEYS = ['recipient', 'author', 'date', 'reference', 'dueDate', 'contact'] as const
type MetaFieldKey = (typeof META_FIELD_KEYS)[number]

/** A header field as the forms show it. */
export interface HeaderField {
  key: string
  label: string
  required: boolean
  placeholder: string
  options: string[] | null
  /** Where the value lives: on `meta` itself or in `meta.fields`. */
  target: 'meta' | 'fields'
}

/** Labels and hints of the standard header fields when a template does not name them itself. */
export const STANDARD_HEADER_FIELDS: Record<MetaFieldKey, { label: string; placeholder: string }> = {
  recipient: { label: 'To', placeholder: 'Who the briefing is for' },
  author: { label: 'From', placeholder: 'Name, team' },
  date: { label: 'Date', placeholder: 'e.g. 25 November 2026' },
  reference: { label: 'Reference', placeholder: 'File or reference number' },
  dueDate: { label: 'Due date', placeholder: 'When a decision or reply is needed' },
  contact: { label: 'Contact', placeholder: 'Name, phone, email' },
}

function isMetaKey(key: string): key is MetaFieldKey {
  return (META_FIELD_KEYS as readonly string[]).includes(key)
}

/**
 * The standard header fields (labelled as the template labels them, e.g. "TO" in a US memo)
 * followed by the template's own fields (brief number, purpose…).
 */
export function headerFieldsFor(template: BriefingTemplate | undefined): HeaderField[] {
  const own = new Map((template?.fields ?? []).map((f) => [f.key, f]))
  const fields: HeaderField[] = META_FIELD_KEYS.map((key) => {
    const t = own.get(key)
    return { key, label: t?.label ?? STANDARD_HEADER_FIELDS[key].label, required: t?.required ?? false, placeholder: t?.placeholder ?? STANDARD_HEADER_FIELDS[key].placeholder, options: t?.options ?? null, target: 'meta' }
  })
  for (const f of template?.fields ?? []) {
    if (isMetaKey(f.key) || f.key === 'classification') continue
    fields.push({ key: f.key, label: f.label, required: f.required, placeholder: f.placeholder ?? '', options: f.options ?? null, target: 'fields' })
  }
  return fields
}

/** The current value of a header field. */
export function fieldValue(meta: BriefingMeta, field: HeaderField): string {
  return field.target === 'meta' ? String(meta[field.key as MetaFieldKey] ?? '') : (meta.fields[field.key] ?? '')
}

/** The meta patch that sets one header field. */
export function fieldPatch(meta: BriefingMeta, field: HeaderField, value: string): Partial<BriefingMeta> {
  return field.target === 'meta' ? { [field.key]: value } : { fields: { ...meta.fields, [field.key]: value } }
}
