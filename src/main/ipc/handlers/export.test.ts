import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createBriefing } from '../../../shared/model'
import { ScriptedPlatform } from '../../../../e2e/support/scripted-platform'
import { ExportSettingsStore } from '../../services/export-settings'
import { createExportHandlers } from './export'

const briefing = createBriefing({ template: 'general', title: 'Export handler test', classification: 'OFFICIAL', now: new Date('2026-03-01T00:00:00Z') })
const ORG_STYLES = resolve(__dirname, '../../../../test/fixtures/articles/harbourton-port-electrification.docx')

describe('DOCX export handlers', () => {
  let dir: string
  let platform: ScriptedPlatform
  let handlers: ReturnType<typeof createExportHandlers>
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bw-export-'))
    platform = new ScriptedPlatform(dir)
    handlers = createExportHandlers({ platform, settings: new ExportSettingsStore(dir) })
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('writes the file the user chose and returns its name; a cancelled dialog writes nothing', async () => {
    expect(await handlers['docx:export']({ briefing, suggestedName: 'x.docx', useOrgStyles: false })).toBeNull()
    platform.docxQueue.push(join(dir, 'out.docx'))
    const result = await handlers['docx:export']({ briefing, suggestedName: 'x.docx', useOrgStyles: false })
    expect(result?.name).toBe('out.docx')
    expect((await readFile(join(dir, 'out.docx'))).subarray(0, 2).toString()).toBe('PK')
  })

  it('remembers an organisation style file, uses it in the preview, and forgets it on request', async () => {
    await copyFile(ORG_STYLES, join(dir, 'house.docx'))
    platform.styleQueue.push(join(dir, 'house.docx'))
    expect(await handlers['docx:chooseStyles']({})).toEqual({ name: 'house.docx' })
    expect(await handlers['docx:chooseStyles']({})).toEqual({ name: 'house.docx' }) // cancelled: keeps the choice
    const preview = await handlers['docx:preview']({ briefing })
    expect(preview.bytes.byteLength).toBeGreaterThan(1000)
    await handlers['docx:clearStyles']({})
    expect(await handlers['docx:chooseStyles']({})).toEqual({ name: null })
  })

  it('refuses a style file that is not a Word document, and keeps the previous choice', async () => {
    await writeFile(join(dir, 'notes.docx'), 'plain text, not a zip')
    platform.styleQueue.push(join(dir, 'notes.docx'))
    await expect(handlers['docx:chooseStyles']({})).rejects.toMatchObject({ code: 'unsupported' })
    expect(await handlers['docx:chooseStyles']({})).toEqual({ name: null })
  })
})
