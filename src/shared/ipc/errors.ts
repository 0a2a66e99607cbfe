import { z } from 'zod'

/** Stable error codes that cross IPC and reach the CLI; the UI shows `message` as is. */
export const ErrorCode = z.enum([
  'forbidden',
  'bad-request',
  'not-found',
  'not-a-file',
  'permission-denied',
  'disk-full',
  'too-large',
  'unsupported',
  'corrupt',
  'newer-version',
  'changed-on-disk',
  'cancelled',
  'timeout',
  'io',
  'internal',
])
export type ErrorCode = z.infer<typeof ErrorCode>

export const IpcErrorSchema = z.object({ code: ErrorCode, message: z.string() })
export type IpcError = z.infer<typeof IpcErrorSchema>

/** What every channel returns: a value or an error the UI can show. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError }

/** An error a service throws on purpose: its code and message go to the UI unchanged. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail(code: ErrorCode, message: string): Result<never> {
  return { ok: false, error: { code, message } }
}
