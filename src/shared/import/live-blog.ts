import type { LineStats } from './stats'

/** What the live-blog finder needs of a classified line. */
export interface LiveLine {
  text: string
  stats: LineStats
  rule: string | null
  cells: string[] | null
}

/** A live blog found in copied text: its entries' extent and the lines that are entry furniture. */
export interface LiveBlog {
  /** First line of the first entry (its time line). */
  start: number
  /** Last prose line of the last entry. */
  end: number
  /** Entry furniture: time stamps, contributor names, per-entry share bars, "Updated at" notes. */
  chrome: Set<number>
  /** Lines of an entry shown twice (a pinned copy above the stream): the earlier copy. */
  repeats: Set<number>
}

/** "13:52 BST", "9.15am", "10:31 a.m. ET": an entry's time stamp alone on its line. */
const TIME_LINE = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4}(?:[+-]\d{1,2})?)?$/i
/** "Updated at 13.58 BST": an entry's edit note. */
const UPDATED_LINE = /^(?:updated|edited|posted)(?: at)? \d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,4})?$/i

interface Entry {
  time: number
  /** Lines between the time stamp and the entry text (contributor, heading). */
  lead: number[]
  /** First and last line of the entry text. */
  from: number
  to: number
}

const isProse = (l: LiveLine) => !l.rule && !l.cells && (l.stats.cls === 'good' || l.stats.cls === 'near') && l.stats.endsSentence

/**
 * Finds the repeated entry units of a live blog in copied text — a time line, a contributor or
 * heading line or two, then prose — and reports them when there are three or more, so the body
 * can run from the first entry to the last instead of stopping at the first run of entry furniture.
 */
export function findLiveBlog(lines: readonly LiveLine[]): LiveBlog | null {
  const entries: Entry[] = []
  for (let t = 0; t < lines.length; t++) {
    if (!TIME_LINE.test(lines[t]!.text)) continue
    let p = t + 1
    while (p < lines.length && p <= t + 3 && !isProse(lines[p]!) && !TIME_LINE.test(lines[p]!.text) && lines[p]!.stats.words <= 15 && !lines[p]!.stats.endsSentence) p++
    if (p >= lines.length || !isProse(lines[p]!)) continue
    let q = p
    while (q + 1 < lines.length && isProse(lines[q + 1]!)) q++
    entries.push({ time: t, lead: range(t + 1, p - 1), from: p, to: q })
  }
  if (entries.length < 3) return null
  // Entries hold most of a live blog's prose; a timetable inside an article does not.
  const inEntries = entries.reduce((n, e) => n + e.to - e.from + 1, 0)
  if (inEntries < lines.filter(isProse).length * 0.6) return null

  const count = new Map<string, number>()
  for (const l of lines) count.set(l.text, (count.get(l.text) ?? 0) + 1)
  const chrome = new Set<number>()
  const repeats = new Set<number>()
  for (const e of entries) {
    chrome.add(e.time)
    // A contributor's name recurs across entries; an entry heading does not (bar a pinned copy).
    for (const i of e.lead) if ((count.get(lines[i]!.text) ?? 0) >= 3 && lines[i]!.stats.words <= 4) chrome.add(i)
  }
  const start = entries[0]!.time
  const end = entries[entries.length - 1]!.to
  for (let i = start; i <= end; i++) {
    const l = lines[i]!
    // A share bar or edit note after every entry.
    if (UPDATED_LINE.test(l.text) || (!isProse(l) && l.stats.words <= 4 && (count.get(l.text) ?? 0) >= 3 && !l.stats.endsSentence)) chrome.add(i)
  }
  // The same entry twice (heading and text): keep the later one, in its place in the stream.
  const key = (e: Entry) => [...e.lead.filter((i) => !chrome.has(i)), ...range(e.from, e.to)].map((i) => lines[i]!.text).join('\n')
  for (let a = 0; a < entries.length; a++) {
    if (entries.slice(a + 1).some((b) => key(b) === key(entries[a]!))) for (let i = entries[a]!.time; i <= entries[a]!.to; i++) repeats.add(i)
  }
  return { start, end, chrome, repeats }
}

function range(a: number, b: number): number[] {
  const out: number[] = []
  for (let i = a; i <= b; i++) out.push(i)
  return out
}
