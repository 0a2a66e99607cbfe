import mammoth from 'mammoth'
import { parseHTML } from 'linkedom'
import { ImportError } from './errors'
import { htmlBlocks } from './html-blocks'
import { attachCaptions, filterArticleBlocks } from './read-html'
import { checkDocxPackage } from './zip-guard'
import type { Reading } from './types'

// Word's Title and Subtitle styles carry the headline and standfirst; mammoth drops them by default.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => p:fresh", "p[style-name='Quote'] => blockquote > p:fresh", "p[style-name='Intense Quote'] => blockquote > p:fresh", "p[style-name='Quotations'] => blockquote > p:fresh", "p[style-name='Block Text'] => blockquote > p:fresh"]

/** Reads a Word document: guard the ZIP, convert with mammoth to HTML, then take the HTML's blocks. */
export async function readDocx(bytes: Uint8Array): Promise<Reading> {
  checkDocxPackage(bytes)
  let html: string
  try {
    const input = { buffer: bytes, arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) } as unknown as { buffer: Buffer }
    const result = await mammoth.convertToHtml(input, { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true })
    html = result.value
  } catch (e) {
    throw new ImportError('corrupt', `This Word document could not be read: ${(e as Error).message}`)
  }
  const doc = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document
  const { blocks, removed } = htmlBlocks(doc.body)
  const first = blocks[0]
  const title = first && first.type === 'heading' ? first.text : null
  const filtered = filterArticleBlocks(attachCaptions(blocks), title)
  return { blocks: filtered.kept, removed: [...removed, ...filtered.removed], meta: {}, warnings: [], title, headerLines: blocks.slice(0, 6).map((b) => b.text), footerLines: blocks.slice(-4).map((b) => b.text) }
}
