import { unzipSync } from 'fflate'
import { ImportError } from './errors'

/** Limits for a DOCX package before it is handed to mammoth. */
export interface ZipLimits {
  /** Total uncompressed bytes allowed. @default 200 MB */
  maxTotal: number
  /** Largest allowed ratio of uncompressed to compressed size for any entry. @default 200 */
  maxRatio: number
  /** Most entries allowed. @default 5000 */
  maxEntries: number
}

const DEFAULT_LIMITS: ZipLimits = { maxTotal: 200 * 1024 * 1024, maxRatio: 200, maxEntries: 5000 }

interface CentralEntry {
  name: string
  encrypted: boolean
}

// fflate's filter does not report the encryption flag, so the central directory is read here.
function readCentralDirectory(bytes: Uint8Array): CentralEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new ImportError('corrupt', 'This Word document is damaged: its ZIP directory is missing (is the file truncated?).')
  const count = view.getUint16(eocd + 10, true)
  let p = view.getUint32(eocd + 16, true)
  const entries: CentralEntry[] = []
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw new ImportError('corrupt', 'This Word document is damaged: its ZIP directory is unreadable.')
    const flags = view.getUint16(p + 8, true)
    const nameLen = view.getUint16(p + 28, true)
    const extraLen = view.getUint16(p + 30, true)
    const commentLen = view.getUint16(p + 32, true)
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen))
    entries.push({ name, encrypted: (flags & 1) === 1 })
    p += 46 + nameLen + extraLen + commentLen
  }
  return entries
}

/**
 * Checks a DOCX (ZIP) package without inflating it: a readable directory, no encryption, a
 * `word/document.xml`, and uncompressed sizes and ratios within limits (zip bombs).
 */
export function checkDocxPackage(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): void {
  const lim = { ...DEFAULT_LIMITS, ...limits }
  const entries = readCentralDirectory(bytes)
  if (entries.length > lim.maxEntries) throw new ImportError('zip-bomb', `This Word document holds ${entries.length} files, more than the ${lim.maxEntries} allowed; it may be a zip bomb.`)
  if (entries.some((e) => e.encrypted)) throw new ImportError('encrypted', 'This Word document is encrypted; remove the password in Word and import it again.')
  if (!entries.some((e) => e.name === 'word/document.xml')) throw new ImportError('corrupt', 'This ZIP file has no word/document.xml, so it is not a Word document.')
  let total = 0
  let problem: ImportError | null = null
  try {
    // The filter sees each entry's declared sizes; returning false means nothing is inflated.
    unzipSync(bytes, {
      filter: (file) => {
        total += file.originalSize
        const ratio = file.size > 0 ? file.originalSize / file.size : file.originalSize > 0 ? Infinity : 1
        if (!problem && file.originalSize > 1024 * 1024 && ratio > lim.maxRatio)
          problem = new ImportError('zip-bomb', `This Word document's entry ${file.name} expands ${Math.round(ratio)}-fold; refusing it as a likely zip bomb.`)
        return false
      },
    })
  } catch (e) {
    throw new ImportError('corrupt', `This Word document is damaged: ${(e as Error).message}.`)
  }
  if (problem) throw problem
  if (total > lim.maxTotal) throw new ImportError('zip-bomb', `This Word document expands to ${Math.round(total / 1048576)} MB, more than the ${Math.round(lim.maxTotal / 1048576)} MB allowed; it may be a zip bomb.`)
}
