import { readFileSync } from 'node:fs'
import type { CDPSession } from '@playwright/test'
import { join } from 'node:path'
import { FIXTURE_DIR } from '../fixtures/generate'
import { clearFixture, closeDoc, launchBrowser, newBenchPage, openDoc, placeCaretMiddle, setFixture, typeKeys, type Kind } from './pages'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return new Map(metrics.map((m) => [m.name, m.value]))
}

/** Self (or with `inclusive`, total) time per function (name, file, line), largest first. */
function topSelf(profile: Profile, n: number, inclusive = false): string[] {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id)
  const keyOf = (f: ProfileNode['callFrame']) => `${f.functionName || '(anonymous)'}  ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}`
  const self = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = inclusive ? parent.get(at) : undefined) {
      const f = byId.get(at)?.callFrame
      if (!f) break
      const key = keyOf(f)
      if (!seen.has(key)) self.set(key, (self.get(key) ?? 0) + ms)
      seen.add(key)
    }
  })
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${k}`)
}

/**
 * CPU profile of one benchmark action in Chromium, printed as the functions with the most self time.
 * Usage: `npx tsx bench/browser/build-pages.ts --no-minify && npx tsx bench/browser/profile.ts typing|open [ours|baseline] [pages]`.
 */
async function main(): Promise<void> {
  const what = process.argv[2] ?? 'typing'
  const kind = (process.argv[3] ?? 'ours') as Kind
  const pages = Number(process.argv[4] ?? 50)
  const text = readFileSync(join(FIXTURE_DIR, `briefing-${pages}.brief`), 'utf8')
  const blocks = (JSON.parse(text) as { doc: { content: unknown[] } }).doc.content.length
  const browser = await launchBrowser()
  try {
    const p = await newBenchPage(browser, kind)
    await setFixture(p, text)
    await p.cdp.send('Profiler.enable')
    await p.cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    if (what === 'trace') {
      // Chromium's own timeline: total time per event name on the page's main thread, per key.
      await openDoc(p, blocks)
      await clearFixture(p)
      await placeCaretMiddle(p)
      await typeKeys(p, 20)
      await browser.startTracing(p.page, { categories: ['devtools.timeline', 'blink', 'cc', 'disabled-by-default-devtools.timeline'] })
      await typeKeys(p, 40)
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: { name: string; ph: string; dur?: number; tid: number; pid: number; args?: { name?: string } }[] }
      const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      const sums = new Map<string, number>()
      for (const e of trace.traceEvents) {
        if (e.ph !== 'X' || !e.dur || !main || e.tid !== main.tid || e.pid !== main.pid) continue
        sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000)
      }
      console.log([...sums.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, ms]) => `${(ms / 40).toFixed(2).padStart(8)} ms/key  ${k}`).join('\n'))
      return
    }
    if (what === 'open') {
      for (let i = 0; i < 2; i++) {
        await openDoc(p, blocks)
        await closeDoc(p, blocks)
      }
      await p.cdp.send('Profiler.start')
      for (let i = 0; i < 3; i++) {
        console.log(`open ${(await openDoc(p, blocks)).toFixed(0)} ms`)
        await closeDoc(p, blocks)
      }
    } else {
      await openDoc(p, blocks)
      await clearFixture(p)
      await placeCaretMiddle(p)
      await typeKeys(p, 20)
      const m0 = await metrics(p.cdp)
      await p.cdp.send('Profiler.start')
      const lat = (await typeKeys(p, 60)).latencies
      const m1 = await metrics(p.cdp)
      console.log(`typing: median ${[...lat].sort((a, b) => a - b)[30]?.toFixed(1)} ms`)
      // Where a key's main-thread time goes (Chromium's cumulative counters, per key).
      const per = (k: string) => ((((m1.get(k) ?? 0) - (m0.get(k) ?? 0)) * 1000) / 60).toFixed(2)
      console.log(`per key: task ${per('TaskDuration')} ms, script ${per('ScriptDuration')} ms, style ${per('RecalcStyleDuration')} ms, layout ${per('LayoutDuration')} ms; layouts ${(((m1.get('LayoutCount') ?? 0) - (m0.get('LayoutCount') ?? 0)) / 60).toFixed(1)}, style recalcs ${(((m1.get('RecalcStyleCount') ?? 0) - (m0.get('RecalcStyleCount') ?? 0)) / 60).toFixed(1)}; DOM nodes ${m1.get('Nodes')}`)
    }
    const { profile } = (await p.cdp.send('Profiler.stop')) as unknown as { profile: Profile }
    console.log(topSelf(profile, Number(process.env['TOP'] ?? 30), process.env['INCLUSIVE'] === '1').join('\n'))
  } finally {
    await browser.close()
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
