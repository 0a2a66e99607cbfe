import { registerMigration } from './load'

/**
 * Format migrations, one function per step, registered with `parseBriefing` when this module loads
 * (src/shared/model/index.ts and the main-process briefing reader import it).
 *
 * Format v0 (the pre-release format, 2025 drafts) kept the header at the top level and had no `meta`:
 * ```
 * { "format": "briefwright", "version": 0 (or absent),
 *   "title": string, "template"?: string, "classification"?: string, "author"?: string,
 *   "recipient"?: string, "savedAt"?: ISO string, "createdAt"?: ISO string,
 *   "pageSize"?: "A4" | "Letter",
 *   "body": <TipTap JSON>,               // became `doc`
 *   "sources": [ Source without "removed" / "figures" ] }
 * ```
 * Anything else at the top level is kept as is (the v1 schema is loose), so nothing is lost.
 */

/** v0 → v1: header fields move into `meta`, `body` becomes `doc`, sources gain `removed: []`. */
export function migrateV0ToV1(old: Record<string, unknown>): Record<string, unknown> {
  const { title, template, classification, author, recipient, savedAt, createdAt, pageSize, body, sources, version: _version, ...rest } = old
  const text = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback)
  const modifiedAt = text(savedAt, text(createdAt))
  return {
    ...rest,
    format: 'briefwright',
    version: 1,
    meta: {
      title: text(title),
      template: text(template) || 'general',
      classification: text(classification),
      author: text(author),
      recipient: text(recipient),
      createdAt: text(createdAt, modifiedAt),
      modifiedAt,
      ...(pageSize === 'A4' || pageSize === 'Letter' ? { pageSize } : {}),
    },
    // A v0 file without a body is damaged; leave `doc` absent so the schema reports it clearly.
    ...(body === undefined ? {} : { doc: body }),
    sources: Array.isArray(sources)
      ? sources.map((s: unknown) => (s && typeof s === 'object' && !Array.isArray(s) && !('removed' in s) ? { ...s, removed: [] } : s))
      : sources === undefined
        ? []
        : sources,
  }
}

registerMigration(0, migrateV0ToV1)
