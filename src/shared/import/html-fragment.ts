import { matchRule, WEAK_RULES } from './classify'
import type { DraftBlock, DraftRemoved } from './types'

/**
 * True when HTML is a clipboard fragment rather than a saved page: browsers put a copied selection on
 * the clipboard without <html>/<body> (Chrome: `<meta charset><ul>…`), or mark it with
 * StartFragment comments (Windows' CF_HTML).
 */
export function isHtmlFragment(html: string): boolean {
  const head = html.slice(0, 65536)
  return /<!--\s*StartFragment\s*-->/i.test(head) || !/<(html|body)[\s>]/i.test(head)
}

/**
 * The blocks of a passage a person selected and copied: its structure is kept as it is (lists stay
 * lists, a lone quote stays a quote), because the person chose it. Only lines that are plainly page
 * chrome (share bars, cookie notices, copyright) are removed, each with its reason.
 */
export function fragmentBlocks(blocks: readonly DraftBlock[]): { kept: DraftBlock[]; removed: DraftRemoved[] } {
  const kept: DraftBlock[] = []
  const removed: DraftRemoved[] = []
  for (const block of blocks) {
    const rule = block.type === 'table' ? null : matchRule(block.text)
    if (rule && !WEAK_RULES.has(rule)) removed.push({ text: block.text, reason: rule, at: block.at })
    else kept.push(block)
  }
  return { kept, removed }
}
