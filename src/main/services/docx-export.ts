import { basename } from 'node:path'
import { exportBriefingDocx, OrgStylesError, type ExportDocxResult } from '../../shared/export/docx'
import { AppError } from '../../shared/ipc/errors'
import type { Briefing } from '../../shared/model'
import type { BriefingTemplate } from '../../shared/templates'
import { nodeFileSystem, writeFileAtomic, type FileSystem } from './briefing-file'
import { describeSaveError } from './briefing-store'

/** A .docx/.dotx template is a few MB at most; refuse anything larger before reading it whole. */
const MAX_STYLE_FILE_BYTES = 50 * 1024 * 1024

/** Options of an export from the main process or the CLI. */
export interface DocxExportServiceOptions {
  /** Path of an organisation's .docx/.dotx whose styles the export uses; none = Briefwright's styles. */
  styleFile?: string | null
  /** Overrides the template named by the briefing (tests, previews of another template). */
  template?: BriefingTemplate
  /** The clock; defaults to now. */
  now?: Date
  fs?: FileSystem
}

/** What an export to a file reports. */
export interface DocxExportReport {
  path: string
  warnings: string[]
  bytes: number
}

/** Reads an organisation's style file, refusing missing, odd or oversized files with a message for the user. */
export async function readStyleFile(path: string, fs: FileSystem = nodeFileSystem): Promise<Uint8Array> {
  const name = basename(path)
  const stat = await fs.stat(path).catch((e: unknown) => {
    throw new AppError('not-found', `The style file “${name}” cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}). Choose it again.`)
  })
  if (!stat.isFile()) throw new AppError('not-a-file', `The style file “${name}” is not a file.`)
  if (stat.size > MAX_STYLE_FILE_BYTES) throw new AppError('too-large', `The style file “${name}” is too large to be a Word template.`)
  return new Uint8Array(await fs.readFile(path))
}

/** The export as bytes (for the preview, or before writing), reading the style file if one is set. */
export async function renderDocx(briefing: Briefing, options: DocxExportServiceOptions = {}): Promise<ExportDocxResult> {
  const fs = options.fs ?? nodeFileSystem
  const styleSource = options.styleFile ? await readStyleFile(options.styleFile, fs) : undefined
  try {
    return await exportBriefingDocx(briefing, { now: options.now ?? new Date(), template: options.template, styleSource })
  } catch (e) {
    if (e instanceof OrgStylesError) throw new AppError('unsupported', `The style file “${basename(options.styleFile ?? '')}” cannot be used: ${e.message}`)
    throw e
  }
}

/**
 * Exports a briefing to `path` as a Word document, written atomically (temp file, fsync, rename), so
 * a failed export never leaves a half-written .docx over an earlier one. Throws AppError with a
 * stable code (disk-full, permission-denied, not-found, unsupported…).
 */
export async function exportDocxToFile(briefing: Briefing, path: string, options: DocxExportServiceOptions = {}): Promise<DocxExportReport> {
  const fs = options.fs ?? nodeFileSystem
  const { bytes, warnings } = await renderDocx(briefing, options)
  try {
    await writeFileAtomic(path, bytes, { fs })
  } catch (e) {
    throw describeSaveError(e, basename(path))
  }
  return { path, warnings, bytes: bytes.length }
}
