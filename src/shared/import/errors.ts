/** Why an input cannot be imported; stable codes the UI and CLI can rely on. */
export type ImportErrorCode = 'empty' | 'too-large' | 'binary' | 'corrupt' | 'encrypted' | 'unsupported' | 'zip-bomb'

/** An input the importer refuses, with a message meant for the user. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ImportError'
  }
}
