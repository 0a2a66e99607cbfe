#!/usr/bin/env node
// `npm run bench`: generate the fixtures, build the renderer and the baseline page, run the in-process
// (export, import) and Chromium (open, typing, heap) benchmarks, then print a table, write
// bench/results.json and refresh the figures in bench/RESULTS.md. Not part of `npm test`.
//
// Flags: --quick (fewer samples, for trying the harness), --only=import|export|open|typing|heap
// (one benchmark; other rows of results.json are kept as they were), --skip-build (reuse bench/.cache).
import { spawn } from 'node:child_process'
import { cpus, totalmem, loadavg, release } from 'node:os'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'

const args = process.argv.slice(2)
const quick = args.includes('--quick')
const only = args.find((a) => a.startsWith('--only='))?.slice(7)
const skipBuild = args.includes('--skip-build')
const NODE_KINDS = ['import', 'export']
const BROWSER_KINDS = ['open', 'typing', 'heap']
if (only && ![...NODE_KINDS, ...BROWSER_KINDS].includes(only)) {
  console.error(`--only must be one of ${[...NODE_KINDS, ...BROWSER_KINDS].join(', ')}`)
  process.exit(2)
}

/** Runs a tsx script, streams its stderr, and returns the rows it printed. */
function runStage(label, script, extra = []) {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', script, ...extra], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('BENCH_ROWS '))
      if (code !== 0) return reject(new Error(`${label} failed (exit ${code})`))
      process.stdout.write(out.split('\n').filter((l) => l && !l.startsWith('BENCH_ROWS ')).map((l) => `  ${l}\n`).join(''))
      resolve(line ? JSON.parse(line.slice('BENCH_ROWS '.length)) : [])
    })
  })
}

const flags = [...(quick ? ['--quick'] : []), ...(only ? [`--only=${only}`] : [])]
const started = new Date()
const load0 = loadavg()[0]
const rows = []
const failures = []

async function stage(label, fn) {
  const t = Date.now()
  console.log(`▸ ${label}`)
  try {
    rows.push(...((await fn()) ?? []))
    console.log(`  done in ${((Date.now() - t) / 1000).toFixed(0)} s`)
  } catch (e) {
    failures.push(`${label}: ${e.message}`)
    console.error(`  ${label} FAILED: ${e.message}`)
  }
}

await stage('fixtures', () => runStage('fixtures', 'bench/fixtures/generate.ts'))
const wantBrowser = !only || BROWSER_KINDS.includes(only)
const wantNode = !only || NODE_KINDS.includes(only)
if (wantBrowser && !skipBuild) await stage('build renderer + baseline page', () => runStage('build', 'bench/browser/build-pages.ts'))
if (wantNode) await stage('in-process: import, export', () => runStage('node', 'bench/node/run-node.ts', flags))
if (wantBrowser) await stage('Chromium: heap, open, typing', () => runStage('browser', 'bench/browser/run-browser.ts', flags))

// Merge into results.json: rows measured now replace the same names; others are kept (with their date).
const RESULTS = 'bench/results.json'
const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {}
const measuredAt = started.toISOString()
const results = { ...previous }
for (const r of rows) {
  results[r.name] = {
    ours: round3(r.ours),
    baseline: round3(r.baseline),
    ratio: r.baseline > 0 ? round3(r.ours / r.baseline) : null,
    unit: r.unit,
    baselineName: r.baselineName,
    ...(r.samples ? { samples: r.samples } : {}),
    ...(r.note ? { note: r.note } : {}),
    measuredAt,
  }
}
const ORDER = ['typing-p50', 'typing-p95', 'react-renders-per-key', 'open', 'export-docx', 'import-html', 'heap', 'heap-growth', 'typing-10', 'typing-200', 'open-10', 'open-200', 'export-docx-10', 'export-docx-200']
const ordered = Object.fromEntries([...ORDER.filter((k) => k in results), ...Object.keys(results).filter((k) => !ORDER.includes(k))].map((k) => [k, results[k]]))
writeFileSync(`${RESULTS}.tmp`, JSON.stringify(ordered, null, 2) + '\n')
renameSync(`${RESULTS}.tmp`, RESULTS)

// Targets from issue 9: ratio limits, absolute limits, and "no growth" (we allow 5% for GC noise).
const TARGETS = {
  'typing-p50': { ratio: 1.25 },
  'typing-p95': { ratio: 1.5 },
  'react-renders-per-key': { abs: 0 },
  open: { ratio: 2 },
  'export-docx': { ratio: 1.0, abs: 500 },
  'import-html': { ratio: 0.5, abs: 50 },
  heap: { ratio: 2.5 },
  'heap-growth': { ratio: 1.05 },
}
function verdict(name, r) {
  const t = TARGETS[name]
  if (!t) return ''
  const ok = (t.ratio === undefined || (r.ratio !== null && r.ratio <= t.ratio)) && (t.abs === undefined || r.ours <= t.abs)
  return ok ? 'met' : 'MISSED'
}
function targetText(name) {
  const t = TARGETS[name]
  if (!t) return ''
  return [t.ratio !== undefined ? `≤${t.ratio}×` : '', t.abs !== undefined ? (t.abs === 0 ? '0' : `<${t.abs} ms`) : ''].filter(Boolean).join(', ')
}

const fmt = (n, unit) => (n === null || n === undefined ? '–' : unit === 'count' ? n.toFixed(2) : `${n} ${unit}`)
const table = Object.entries(ordered).map(([name, r]) => ({ name, ours: fmt(r.ours, r.unit), baseline: fmt(r.baseline, r.unit), ratio: r.ratio === null ? '–' : `${r.ratio}×`, target: targetText(name), verdict: verdict(name, r), baselineName: r.baselineName, stale: r.measuredAt !== measuredAt }))
const widths = ['name', 'ours', 'baseline', 'ratio', 'target', 'verdict'].map((k) => Math.max(k.length, ...table.map((t) => String(t[k]).length)))
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ')
console.log('\n' + line(['name', 'ours', 'baseline', 'ratio', 'target', 'verdict']))
for (const t of table) console.log(line([t.name, t.ours, t.baseline, t.ratio, t.target, t.verdict]) + (t.stale ? '  (earlier run)' : ''))

// RESULTS.md: only the block between the markers is generated; the findings around it are written by hand.
const MD = 'bench/RESULTS.md'
const cpu = cpus()
const machine = `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Linux ${release()}, Node ${process.version}; load average ${load0.toFixed(2)} at start, ${loadavg()[0].toFixed(2)} at end (shared machine)`
const mdRows = table.map((t) => `| \`${t.name}\` | ${t.ours} | ${t.baseline} | ${t.ratio} | ${t.target} | ${t.verdict}${t.stale ? ' (earlier run)' : ''} | ${t.baselineName} |`).join('\n')
const notes = Object.entries(ordered).filter(([, r]) => r.note || r.samples).map(([n, r]) => `- \`${n}\`: ${[r.samples ? `${r.samples} samples` : '', r.note ?? ''].filter(Boolean).join('; ')} (measured ${r.measuredAt.slice(0, 16).replace('T', ' ')} UTC)`).join('\n')
const block = `<!-- bench:begin (generated by scripts/bench.mjs; edits inside are overwritten) -->
Last run: ${measuredAt.slice(0, 16).replace('T', ' ')} UTC${quick ? ' (--quick: few samples)' : ''}${only ? ` (--only=${only})` : ''}.
Machine: ${machine}.

| name | ours | baseline | ratio | target | verdict | baseline is |
|---|---|---|---|---|---|---|
${mdRows}

${notes}
${failures.length ? `\nFailed stages in this run:\n${failures.map((f) => `- ${f}`).join('\n')}\n` : ''}<!-- bench:end -->`
const md = existsSync(MD) ? readFileSync(MD, 'utf8') : `# Benchmark results\n\n${block}\n`
const next = md.includes('<!-- bench:begin') ? md.replace(/<!-- bench:begin[\s\S]*?<!-- bench:end -->/, block) : `${md.trimEnd()}\n\n${block}\n`
writeFileSync(MD, next)
console.log(`\nWrote ${RESULTS} and ${MD}.`)
if (failures.length) {
  console.error(`\n${failures.length} stage(s) failed:\n${failures.map((f) => `  ${f}`).join('\n')}`)
  process.exit(1)
}

function round3(n) {
  if (!Number.isFinite(n) || n === 0) return n
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(n))))
  const f = 10 ** digits
  return Math.round(n * f) / f
}
