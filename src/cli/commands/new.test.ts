import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCliIn } from '../../../test/helpers/run-cli'
import { parseBriefing } from '../../shared/model'
import { getTemplate } from '../../shared/templates'
import { fileNameFor } from './new'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bw-cli-new-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Runs the CLI in the test folder, recording what it prints. */
const cli = (...argv: string[]) => runCliIn(dir, ...argv)

describe('briefwright new', () => {
  it('writes a valid briefing with the template’s sections, title and classification', async () => {
    const r = await cli('new', '--template', 'uk-submission', '--title', 'Water charges', '-o', 'water.brief')
    expect(r.code).toBe(0)
    expect(r.out).toContain(join(dir, 'water.brief'))
    const b = parseBriefing(await readFile(join(dir, 'water.brief'), 'utf8'))
    const template = getTemplate('uk-submission')
    expect(b.meta).toMatchObject({ title: 'Water charges', template: 'uk-submission', classification: template.classification.default, pageSize: template.page.size })
    const headings = (b.doc.content ?? []).filter((n) => n.type === 'heading').map((n) => n.attrs?.sectionId)
    expect(headings).toEqual(template.sections.map((s) => s.id))
  })

  it('names the file after the title, or the template, when -o is not given', async () => {
    expect((await cli('new', '--template=general', '--title=Q3: budget / options')).code).toBe(0)
    expect((await cli('new', '-t', 'cn-official')).code).toBe(0)
    expect((await readdir(dir)).sort()).toEqual(['Q3-budget-options.brief', 'cn-official.brief'])
  })

  it('refuses to overwrite an existing file without --force, leaving it untouched', async () => {
    await writeFile(join(dir, 'x.brief'), 'precious')
    const r = await cli('new', '--template', 'general', '-o', 'x.brief')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/already exists; use --force/)
    expect(await readFile(join(dir, 'x.brief'), 'utf8')).toBe('precious')
  })

  it('says a folder given as -o is a folder, not that it needs --force', async () => {
    await mkdir(join(dir, 'drafts'))
    const r = await cli('new', '--template', 'general', '-o', 'drafts')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/drafts is a folder; give a file name with -o, such as -o general\.brief/)
    expect(r.err).not.toMatch(/--force/)
  })

  it('overwrites with --force and keeps the old file as .bak', async () => {
    await writeFile(join(dir, 'x.brief'), 'precious')
    const r = await cli('new', '--template', 'general', '-o', 'x.brief', '--force')
    expect(r.code).toBe(0)
    expect(await readFile(join(dir, 'x.brief.bak'), 'utf8')).toBe('precious')
    expect(parseBriefing(await readFile(join(dir, 'x.brief'), 'utf8')).meta.template).toBe('general')
  })

  it('fails with a usage error for a missing or unknown template, listing the known ones', async () => {
    const missing = await cli('new', '--title', 'x')
    expect(missing.code).toBe(64)
    expect(missing.err).toMatch(/--template is required.*general/)
    const unknown = await cli('new', '--template', 'nope')
    expect(unknown.code).toBe(64)
    expect(unknown.err).toMatch(/unknown template 'nope'.*us-action-memo|unknown template 'nope'.*general/)
    expect((await cli('new', '--template')).code).toBe(64)
    expect((await cli('new', '--template', 'general', '--bogus')).code).toBe(64)
    expect(await readdir(dir)).toEqual([])
  })

  it('reports a folder it cannot write to with exit code 2', async () => {
    const r = await cli('new', '--template', 'general', '-o', join(dir, 'missing', 'x.brief'))
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/folder of “x.brief” no longer exists/)
  })

  it('lists the templates in its help', async () => {
    const r = await cli('new', '--help')
    expect(r.code).toBe(0)
    for (const id of ['general', 'uk-submission', 'cn-official']) expect(r.out).toContain(id)
  })

  it('makes file names from titles in any script', () => {
    expect(fileNameFor('关于水价改革的报告', 'x')).toBe('关于水价改革的报告.brief')
    expect(fileNameFor('  --- ', 'general')).toBe('general.brief')
  })
})
