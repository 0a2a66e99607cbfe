import { Inflate, unzipSync } from 'fflate'
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
  /** 0 stored, 8 deflated. */
  method: number
  compressedSize: number
  /** Where the entry's local header starts. */
  localOffset: number
}

/** Sizes and offsets at this value mean "see the ZIP64 record". */
const ZIP64_MARK = 0xffffffff
/** Compressed bytes handed to the inflater at a time: the budget is checked between pushes. */
const PUSH_BYTES = 16 * 1024

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
    entries.push({ name, encrypted: (flags & 1) === 1, method: view.getUint16(p + 10, true), compressedSize: view.getUint32(p + 20, true), localOffset: view.getUint32(p + 42, true) })
    p += 46 + nameLen + extraLen + commentLen
  }
  return entries
}

/**
 * Checks a DOCX (ZIP) package before the DOCX reader inflates it: a readable directory, no
 * encryption, a `word/document.xml`, and uncompressed sizes and ratios within limits (zip bombs),
 * first as declared, then as really inflated under a byte budget.
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
        if (!problem && expandsTooMuch(file.originalSize, file.size, lim))
          problem = new ImportError('zip-bomb', `This Word document's entry ${file.name} expands ${Math.round(expansion(file.originalSize, file.size))}-fold; refusing it as a likely zip bomb.`)
        return false
      },
    })
  } catch (e) {
    throw new ImportError('corrupt', `This Word document is damaged: ${(e as Error).message}.`)
  }
  if (problem) throw problem
  if (total > lim.maxTotal) throw new ImportError('zip-bomb', `This Word document expands to ${Math.round(total / 1048576)} MB, more than the ${Math.round(lim.maxTotal / 1048576)} MB allowed; it may be a zip bomb.`)
  inflateWithinBudget(bytes, entries, lim)
}

/**
 * An entry over 1 MB that expands more than the allowed ratio of its compressed size: the mark of a
 * zip bomb, checked on declared sizes and again on the bytes really inflated.
 */
function expandsTooMuch(size: number, compressed: number, lim: ZipLimits): boolean {
  return size > 1024 * 1024 && expansion(size, compressed) > lim.maxRatio
}

/** How many times an entry grows when inflated (infinitely, if it claims content from nothing). */
function expansion(size: number, compressed: number): number {
  return compressed > 0 ? size / compressed : size > 0 ? Infinity : 1
}

/** The compressed bytes of an entry, found through its local header as ZIP readers find them. */
function entryData(bytes: Uint8Array, entry: CentralEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const at = entry.localOffset
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new ImportError('corrupt', `This Word document is damaged: the entry ${entry.name} cannot be found.`)
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
  return bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize))
}

/**
 * Inflates every entry once, counting the bytes it really gives and stopping as soon as the limits
 * are passed. Declared sizes can lie: an entry that declares 1 kB may expand to gigabytes, and the
 * DOCX reader (JSZip) would inflate it in full before noticing. Costs one extra inflation of a normal
 * document (a few milliseconds a megabyte).
 */
function inflateWithinBudget(bytes: Uint8Array, entries: readonly CentralEntry[], lim: ZipLimits): void {
  let total = 0
  for (const entry of entries) {
    // ZIP64 entries (never written for documents of ordinary size) keep only the declared-size check.
    if (entry.compressedSize === ZIP64_MARK || entry.localOffset === ZIP64_MARK) continue
    const data = entryData(bytes, entry)
    let size = 0
    if (entry.method === 0) size = data.length
    else if (entry.method === 8) {
      let failed: Error | null = null
      const inflater = new Inflate((chunk) => {
        size += chunk.length
      })
      const over = () => total + size > lim.maxTotal || expandsTooMuch(size, data.length, lim)
      for (let i = 0; i < data.length && !over(); i += PUSH_BYTES) {
        try {
          inflater.push(data.subarray(i, i + PUSH_BYTES), i + PUSH_BYTES >= data.length)
        } catch (e) {
          failed = e as Error
          break
        }
      }
      if (failed) throw new ImportError('corrupt', `This Word document is damaged: ${entry.name} cannot be decompressed (${failed.message}).`)
    } else continue // other methods: the DOCX reader refuses them itself
    total += size
    if (expandsTooMuch(size, data.length, lim))
      throw new ImportError('zip-bomb', `This Word document's entry ${entry.name} expands more than ${lim.maxRatio}-fold though it declares otherwise; refusing it as a likely zip bomb.`)
    if (total > lim.maxTotal) throw new ImportError('zip-bomb', `This Word document expands to more than the ${Math.round(lim.maxTotal / 1048576)} MB allowed though it declares less; it may be a zip bomb.`)
  }
}
