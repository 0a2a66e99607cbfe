import { z } from 'zod'
import { BriefingSchema } from '../model/briefing'
import { SourceSchema } from '../model/source'
import type { Channel } from './channels'

/** An opaque handle main gives out for a file the user chose; the renderer never sees or sends paths. */
export const FileId = z.string().regex(/^f_[0-9a-z]{8,40}$/, 'not a file id')
/** A handle for a file dropped on the window, granted by the preload's drop bridge. */
export const DropGrantId = z.string().regex(/^d_[0-9a-z]{8,40}$/, 'not a drop grant')

/** The renderer's id for one editing session of one document; also names its autosave journal entry. */
export const SessionId = z.string().regex(/^[0-9a-z]{8,40}$/, 'not a session id')

const Empty = z.object({}).strict()
const FileRef = z.object({ fileId: FileId, name: z.string(), folder: z.string() })
export type FileRef = z.infer<typeof FileRef>

const OpenedBriefing = z.object({ file: FileRef, briefing: BriefingSchema, modifiedAt: z.number() })
const SavedBriefing = z.object({ file: FileRef, savedAt: z.string(), backup: z.string().nullable() })
const ImportedArticleSchema = z.object({ source: SourceSchema, warnings: z.array(z.string()), fileName: z.string().nullable() })
export type ImportedArticleDto = z.infer<typeof ImportedArticleSchema>
const ImportFailure = z.object({ fileName: z.string(), code: z.string(), message: z.string() })
const RecoveryEntry = z.object({
  journalId: z.string(),
  title: z.string(),
  fileName: z.string().nullable(),
  journaledAt: z.string(),
  lastSavedAt: z.string().nullable(),
})
export type RecoveryEntry = z.infer<typeof RecoveryEntry>
const MAX_TEXT = 20 * 1024 * 1024

/** One entry per channel: zod schemas for the request and the response value. */
export const contract = {
  'app:info': { request: Empty, response: z.object({ version: z.string(), platform: z.string() }) },
  'briefing:open': { request: Empty, response: OpenedBriefing.nullable() },
  'briefing:openRecent': { request: z.object({ fileId: FileId }).strict(), response: OpenedBriefing },
  'briefing:openDropped': { request: z.object({ grantId: DropGrantId }).strict(), response: OpenedBriefing },
  'briefing:save': {
    // sessionId (the autosave session of this document) lets main clear its journal entry once saved.
    request: z.object({ fileId: FileId, briefing: BriefingSchema, expectedModifiedAt: z.number().nullable(), force: z.boolean().default(false), sessionId: SessionId.optional() }).strict(),
    response: SavedBriefing.extend({ modifiedAt: z.number() }),
  },
  'briefing:saveAs': {
    request: z.object({ briefing: BriefingSchema, suggestedName: z.string().max(200), sessionId: SessionId.optional() }).strict(),
    response: SavedBriefing.extend({ modifiedAt: z.number() }).nullable(),
  },
  'briefing:revert': { request: z.object({ fileId: FileId }).strict(), response: OpenedBriefing },
  'briefing:close': { request: z.object({ fileId: FileId.nullable(), sessionId: z.string().max(80) }).strict(), response: z.object({}) },
  'recent:list': { request: Empty, response: z.array(FileRef) },
  'recent:clear': { request: Empty, response: z.object({}) },
  'article:importFile': {
    request: Empty,
    response: z.object({ imported: z.array(ImportedArticleSchema), failed: z.array(ImportFailure) }),
  },
  'article:importDropped': {
    request: z.object({ grants: z.array(DropGrantId).min(1).max(50) }).strict(),
    response: z.object({ imported: z.array(ImportedArticleSchema), failed: z.array(ImportFailure) }),
  },
  'article:importText': { request: z.object({ text: z.string().min(1).max(MAX_TEXT), html: z.string().max(MAX_TEXT).optional() }).strict(), response: ImportedArticleSchema },
  // Sent only by the preload's drop bridge, with the path Electron's webUtils gives for a File the user
  // dropped; main checks it (absolute, a regular file, a known kind) before granting an opaque id.
  'drop:grant': {
    request: z.object({ path: z.string().min(1).max(4096) }).strict(),
    response: z.object({ grantId: DropGrantId, name: z.string(), kind: z.enum(['briefing', 'article']) }),
  },
  'docx:export': {
    request: z.object({ briefing: BriefingSchema, suggestedName: z.string().max(200), useOrgStyles: z.boolean().default(false) }).strict(),
    response: z.object({ name: z.string(), warnings: z.array(z.string()) }).nullable(),
  },
  'docx:preview': { request: z.object({ briefing: BriefingSchema }).strict(), response: z.object({ bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'not bytes'), warnings: z.array(z.string()) }) },
  /** Lets the user pick an organisation's Word file whose styles every export uses (kept in settings). */
  'docx:chooseStyles': { request: Empty, response: z.object({ name: z.string().nullable() }) },
  'docx:clearStyles': { request: Empty, response: z.object({}) },
  'shell:openExternal': { request: z.object({ url: z.string().max(4096) }).strict(), response: z.object({ opened: z.boolean() }) },
  'autosave:write': {
    request: z.object({ sessionId: z.string().regex(/^[0-9a-z]{8,40}$/), fileId: FileId.nullable(), briefing: BriefingSchema, lastSavedAt: z.string().nullable() }).strict(),
    response: z.object({ journaledAt: z.string() }),
  },
  'recovery:list': { request: Empty, response: z.array(RecoveryEntry) },
  'recovery:restore': { request: z.object({ journalId: z.string().max(80) }).strict(), response: z.object({ briefing: BriefingSchema, file: FileRef.nullable() }) },
  'recovery:discard': { request: z.object({ journalId: z.string().max(80) }).strict(), response: z.object({}) },
  'window:setTitle': { request: z.object({ title: z.string().max(300), edited: z.boolean() }).strict(), response: z.object({}) },
  'window:confirmClose': { request: z.object({ proceed: z.boolean() }).strict(), response: z.object({}) },
} satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>

export type Contract = typeof contract
export type Request<C extends Channel> = z.input<Contract[C]['request']>
export type ParsedRequest<C extends Channel> = z.output<Contract[C]['request']>
export type Response<C extends Channel> = z.output<Contract[C]['response']>
