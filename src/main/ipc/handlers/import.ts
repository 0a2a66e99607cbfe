import { basename } from 'node:path'
import { AppError } from '../../../shared/ipc/errors'
import type { ImportedArticleDto } from '../../../shared/ipc/contract'
import { ImportError } from '../../../shared/import'
import type { Platform } from '../../platform/types'
import type { Handlers } from '../dispatch'
import { ArticleFileError, importArticleBytes, importArticleFile } from '../../services/article-import'
import type { FileRegistry } from '../../services/file-registry'

export type ImportChannel = 'article:importFile' | 'article:importDropped' | 'article:importText'

export interface ImportHandlerDeps {
  platform: Platform
  registry: FileRegistry
  /** The built import worker; null runs imports in this thread (unit tests). */
  workerPath: string | null
}

type Outcome = { imported: ImportedArticleDto[]; failed: { fileName: string; code: string; message: string }[] }

/** The reason an import failed, as a stable code and a message the UI shows. */
function describeFailure(e: unknown): { code: string; message: string } {
  if (e instanceof ImportError || e instanceof ArticleFileError) return { code: e.code, message: e.message }
  if (e instanceof AppError) return { code: e.code, message: e.message }
  return { code: 'internal', message: (e as Error)?.message ?? String(e) }
}

/** Handlers for article import: files chosen in main's dialog, dropped files (by grant), pasted text. */
export function createImportHandlers(deps: ImportHandlerDeps): Pick<Handlers, ImportChannel> {
  const { platform, registry, workerPath } = deps

  // Files are imported one after another so a huge file does not starve the others of memory.
  const importPaths = async (paths: string[]): Promise<Outcome> => {
    const outcome: Outcome = { imported: [], failed: [] }
    for (const path of paths) {
      const fileName = basename(path)
      try {
        const article = await importArticleFile(path, { now: platform.now(), workerPath })
        outcome.imported.push({ source: article.source, warnings: article.warnings, fileName })
      } catch (e) {
        outcome.failed.push({ fileName, ...describeFailure(e) })
      }
    }
    return outcome
  }

  return {
    'article:importFile': async () => importPaths(await platform.chooseArticlesToImport()),
    'article:importDropped': async ({ grants }) => {
      const paths = grants.map((id) => {
        const grant = registry.resolveDrop(id)
        if (grant.kind !== 'article') throw new AppError('unsupported', `${grant.name} is not an article file.`)
        return grant.path
      })
      return importPaths(paths)
    },
    'article:importText': async ({ text, html }) => {
      // Pasted HTML keeps the structure (headings, lists, tables); plain text is the fallback. Both
      // run in the worker with its timeout, like files.
      const options = { now: platform.now(), workerPath }
      const encode = (s: string) => new TextEncoder().encode(s)
      try {
        const article = html
          ? await importArticleBytes(encode(html), 'pasted.html', options).catch(() => importArticleBytes(encode(text), 'pasted.txt', options))
          : await importArticleBytes(encode(text), 'pasted.txt', options)
        return { source: article.source, warnings: article.warnings, fileName: null }
      } catch (e) {
        throw new AppError('unsupported', describeFailure(e).message)
      }
    },
  }
}
