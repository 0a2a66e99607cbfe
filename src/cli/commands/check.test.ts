import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCliIn } from '../../../test/helpers/run-cli'
import { describeLoadFailure } from './check'

const FIXTURES = join(__dirname, '../../../test/fixtures/briefings')
let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bw-cli-check-'))
  await copyFile(join(FIXTURES, 'lint-clean-us-memo.brief'), join(dir, 'clean.brief'))
  await copyFile(join(FIXTURES, 'lint-findings-au-brief.brief'), join(dir, 'findings.brief'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Runs the CLI in the test folder, recording what it prints. */
const cli = (...argv: string[]) => runCliIn(dir, ...argv)

describe('briefwright check', () => {
  it('exits 0 and says so for a clean briefing', async () => {
    expect(await cli('check', 'clean.brief')).toEqual({ code: 0, out: 'clean.brief: no problems\n', err: '' })
  })

  it('exits 1 and prints one line per finding', async () => {
    const r = await cli('check', 'findings.brief')
    expect(r.code).toBe(1)
    expect(r.out.trimEnd().split('\n')).toEqual([
      'findings.brief: error decision-missing: A recommendation has no decision line (Agreed / Not agreed / Noted).',
      'findings.brief: error citation-source: A citation points to a source that is no longer in the briefing.',
      'findings.brief: error quote-drift: The quoted text was edited and no longer matches the source passage.',
      'findings.brief: warning placeholder: Placeholder "TBC" left in.',
    ])
  })

  it('--json prints the findings with their targets', async () => {
    const r = await cli('check', 'findings.brief', '--json')
    expect(r.code).toBe(1)
    const report = JSON.parse(r.out) as { file: string; findings: { id: string; target: unknown }[] }
    expect(report.file).toBe('findings.brief')
    expect(report.findings[0]).toMatchObject({ id: 'decision-missing@1.1', target: { kind: 'node', path: [1, 1] } })
    expect(JSON.parse((await cli('check', '--json', 'clean.brief')).out)).toEqual({ file: 'clean.brief', findings: [] })
  })

  it('finds a drifted quote after the file is edited by hand', async () => {
    const text = await readFile(join(dir, 'clean.brief'), 'utf8')
    await writeFile(join(dir, 'edited.brief'), text.replace('"text": "berth emissions fell 30% during the trials"', '"text": "berth emissions fell 40% during the trials"'))
    const r = await cli('check', 'edited.brief')
    expect(r.code).toBe(1)
    expect(r.out).toContain('edited.brief: error quote-drift:')
  })

  describe('exits 2 with the reason when the file cannot be used', () => {
    const cases: [string, () => Promise<string>, RegExp][] = [
      ['missing', async () => 'nope.brief', /no such file/],
      ['a directory', async () => (await mkdir(join(dir, 'folder.brief')), 'folder.brief'), /is a directory/],
      ['under a file, not a folder', async () => 'clean.brief/inner.brief', /a folder in the path is a file/],
      ['not JSON', async () => (await writeFile(join(dir, 'x.brief'), 'PK\x03\x04 not json'), 'x.brief'), /not valid JSON/],
      ['truncated', async () => (await writeFile(join(dir, 't.brief'), (await readFile(join(dir, 'clean.brief'), 'utf8')).slice(0, 300)), 't.brief'), /truncated/],
      ['empty', async () => (await writeFile(join(dir, 'e.brief'), ''), 'e.brief'), /not valid JSON/],
      ['another JSON file', async () => (await writeFile(join(dir, 'p.brief'), '{"name":"pkg"}'), 'p.brief'), /not a Briefwright briefing/],
      ['failing the schema', async () => (await writeFile(join(dir, 's.brief'), JSON.stringify({ format: 'briefwright', version: 1, meta: {}, doc: { type: 'doc' } })), 's.brief'), /damaged or incomplete/],
      ['from a newer version', async () => (await writeFile(join(dir, 'n.brief'), JSON.stringify({ format: 'briefwright', version: 99 })), 'n.brief'), /newer Briefwright/],
    ]
    it.each(cases)('%s', async (_name, make, reason) => {
      const file = await make()
      const r = await cli('check', file)
      expect(r.code).toBe(2)
      expect(r.out).toBe('')
      expect(r.err).toMatch(new RegExp(`^${file.replace('.', '\\.')}: `))
      expect(r.err).toMatch(reason)
    })

    it.skipIf(process.getuid?.() === 0)('unreadable', async () => {
      await chmod(join(dir, 'clean.brief'), 0o000)
      const r = await cli('check', 'clean.brief')
      expect(r).toMatchObject({ code: 2, err: 'clean.brief: permission denied\n' })
    })

    it('maps permission errors to a reason even where the tests run as root', () => {
      const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })
      expect(describeLoadFailure(denied)).toEqual({ code: 'EACCES', message: 'permission denied' })
      expect(() => describeLoadFailure(new TypeError('bug'))).toThrow('bug')
    })

    it('--json reports the reason with a stable code', async () => {
      const r = await cli('check', 'nope.brief', '--json')
      expect(r.code).toBe(2)
      expect(JSON.parse(r.out)).toEqual({ file: 'nope.brief', error: { code: 'ENOENT', message: 'no such file' } })
    })
  })

  it('needs exactly one file (usage error otherwise)', async () => {
    expect((await cli('check')).code).toBe(64)
    expect((await cli('check', 'a.brief', 'b.brief')).code).toBe(64)
    expect((await cli('check', '--strict', 'a.brief')).code).toBe(64)
  })
})
