import { parentPort } from 'node:worker_threads'
import { importArticle } from '../../shared/import'
import type { WorkerReply, WorkerRequest } from '../services/article-import'

/** Runs one import request and turns any failure into a plain { name, code, message } reply. */
export async function handleImportRequest(request: WorkerRequest): Promise<WorkerReply> {
  try {
    const value = await importArticle(request.bytes, { fileName: request.fileName, now: new Date(request.now), maxBytes: request.maxBytes })
    return { ok: true, value }
  } catch (e) {
    const err = e as Error & { code?: string }
    return { ok: false, error: { name: err.name, code: err.code ?? 'corrupt', message: err.message } }
  }
}

// The worker thread entry: one request, one reply; the service terminates the thread afterwards.
parentPort?.on('message', (request: WorkerRequest) => {
  void handleImportRequest(request).then((reply) => parentPort?.postMessage(reply))
})
