import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { Worker } from 'node:worker_threads'
import { humanSize, importArticle, ImportError, type ImportedArticle } from '../../shared/import'
import type { NewId } from '../../shared/model/ids'

/** Why a file could not be imported before or around the pipeline itself. */
export type ArticleFileErrorCode = 'missing' | 'not-a-file' | 'unreadable' | 'timeout' | 'worker-failed'

/** A file-level import failure (the pipeline's own refusals stay ImportError). */
export class ArticleFileError extends Error {
  constructor(
    readonly code: ArticleFileErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ArticleFileError'
  }
}

/** Options for importing one file. */
export interface ImportFileOptions {
  now?: Date
  newId?: NewId
  /** Largest file accepted. @default 50 MB */
  maxBytes?: number
  /** Give up after this long. @default 60 000 ms */
  timeoutMs?: number
  /** Built worker script (out/main/import-worker.js); without it the import runs in this thread. */
  workerPath?: string | null
}

const DEFAULT_MAX = 50 * 1024 * 1024

/** The message the worker answers with. */
export type WorkerReply = { ok: true; value: ImportedArticle } | { ok: false; error: { name: string; code: string; message: string } }

/** The request a worker receives. */
export interface WorkerRequest {
  bytes: Uint8Array
  fileName: string
  now: string
  maxBytes: number
}

/**
 * Reads an article file and imports it: stat first (missing, directory, too big are refused
 * before reading), then the pipeline in a worker thread with a timeout, or in-process when no
 * worker script is given (unit tests, the CLI before a build).
 */
export async function importArticleFile(path: string, opts: ImportFileOptions = {}): Promise<ImportedArticle> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX
  const name = basename(path)
  let info
  try {
    info = await stat(path)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new ArticleFileError('missing', `${name}: no such file (it may have been moved or deleted).`)
    throw new ArticleFileError('unreadable', `${name}: cannot be read (${code ?? (e as Error).message}).`)
  }
  if (info.isDirectory()) throw new ArticleFileError('not-a-file', `${name} is a folder, not a file.`)
  if (!info.isFile()) throw new ArticleFileError('not-a-file', `${name} is not a regular file.`)
  if (info.size > maxBytes) throw new ImportError('too-large', `${name} is ${humanSize(info.size)}, more than the ${humanSize(maxBytes)} the importer accepts.`)
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(path))
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new ArticleFileError('missing', `${name} vanished while it was being read.`)
    throw new ArticleFileError('unreadable', `${name}: cannot be read (${code ?? (e as Error).message}).`)
  }
  return importArticleBytes(bytes, name, opts)
}

/**
 * Imports bytes already in memory (pasted text or HTML) the same way as a file: in the worker with
 * the timeout when one is given, so a hostile paste cannot freeze the main process.
 */
export async function importArticleBytes(bytes: Uint8Array, name: string, opts: ImportFileOptions = {}): Promise<ImportedArticle> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX
  if (bytes.byteLength > maxBytes) throw new ImportError('too-large', `${name} is ${humanSize(bytes.byteLength)}, more than the ${humanSize(maxBytes)} the importer accepts.`)
  const now = opts.now ?? new Date()
  const timeoutMs = opts.timeoutMs ?? 60_000
  if (opts.workerPath) return inWorker(opts.workerPath, { bytes, fileName: name, now: now.toISOString(), maxBytes }, timeoutMs)
  return withTimeout(importArticle(bytes, { fileName: name, now, newId: opts.newId, maxBytes }), timeoutMs, name)
}

function withTimeout<T>(work: Promise<T>, ms: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ArticleFileError('timeout', `${name}: import took longer than ${Math.round(ms / 1000)} s and was stopped.`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

/** Rebuilds the error a worker reported, keeping its class and code. */
export function errorFromReply(error: { name: string; code: string; message: string }): Error {
  if (error.name === 'ImportError') return new ImportError(error.code as ImportError['code'], error.message)
  if (error.name === 'ArticleFileError') return new ArticleFileError(error.code as ArticleFileErrorCode, error.message)
  return new ArticleFileError('worker-failed', error.message)
}

function inWorker(workerPath: string, request: WorkerRequest, timeoutMs: number): Promise<ImportedArticle> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerPath)
    let settled = false
    const finish = (fn: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      fn()
    }
    // A runaway import (pathological input) is stopped by terminating its thread.
    const timer = setTimeout(() => finish(() => reject(new ArticleFileError('timeout', `${request.fileName}: import took longer than ${Math.round(timeoutMs / 1000)} s and was stopped.`))), timeoutMs)
    worker.on('message', (reply: WorkerReply) => finish(() => (reply.ok ? resolve(reply.value) : reject(errorFromReply(reply.error)))))
    worker.on('error', (e) => finish(() => reject(new ArticleFileError('worker-failed', `${request.fileName}: the import worker failed: ${e.message}`))))
    worker.on('exit', (code) => finish(() => reject(new ArticleFileError('worker-failed', `${request.fileName}: the import worker exited (code ${code}) without an answer.`))))
    worker.postMessage(request)
  })
}
