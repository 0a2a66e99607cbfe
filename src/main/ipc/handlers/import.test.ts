import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ScriptedPlatform } from '../../../../e2e/support/scripted-platform'
import { FileRegistry } from '../../services/file-registry'
import { createImportHandlers } from './import'

const SHENZHEN = resolve(__dirname, '../../../../test/fixtures/articles/shenzhen-innovation-centers.txt')

describe('article import handlers', () => {
  let dir: string
  let platform: ScriptedPlatform
  let registry: FileRegistry
  let handlers: ReturnType<typeof createImportHandlers>
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bw-import-'))
    platform = new ScriptedPlatform(dir)
    registry = new FileRegistry()
    handlers = createImportHandlers({ platform, registry, workerPath: null })
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('imports every chosen file and lists the ones that failed with their reason', async () => {
    await copyFile(SHENZHEN, join(dir, 'shenzhen.txt'))
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0]))
    platform.importQueue.push([join(dir, 'shenzhen.txt'), join(dir, 'binary.txt'), join(dir, 'gone.txt')])
    const { imported, failed } = await handlers['article:importFile']({})
    expect(imported.map((a) => a.source.title)).toEqual(['shenzhen plans to build 10 innovation centers to further advance high-end manufacturing'])
    expect(failed.map((f) => [f.fileName, f.code])).toEqual([
      ['binary.txt', 'binary'],
      ['gone.txt', 'missing'],
    ])
  })

  it('imports a dropped article by its grant and refuses a dropped briefing as an article', async () => {
    await copyFile(SHENZHEN, join(dir, 'shenzhen.txt'))
    await writeFile(join(dir, 'b.brief'), '{}')
    const article = await registry.grantDrop(join(dir, 'shenzhen.txt'))
    const brief = await registry.grantDrop(join(dir, 'b.brief'))
    expect((await handlers['article:importDropped']({ grants: [article.grantId] })).imported).toHaveLength(1)
    await expect(handlers['article:importDropped']({ grants: [brief.grantId] })).rejects.toMatchObject({ code: 'unsupported' })
  })

  it('imports pasted HTML with its structure, and pasted text', async () => {
    const html =
      '<html><body><article><h1>Grid battery approved</h1><p>The regulator approved a 200 MW grid battery on Tuesday, the largest in the region so far, after a review that lasted eighteen months and drew more than four hundred public submissions.</p>' +
      '<ul><li>Construction starts in May.</li><li>Operation begins in 2028.</li></ul><p>The operator said the battery would store enough energy to supply eighty thousand homes for four hours during the evening peak.</p></article></body></html>'
    const fromHtml = await handlers['article:importText']({ text: 'ignored when HTML imports', html })
    expect(fromHtml.source.blocks.map((b) => b.type)).toContain('listItem')
    const fromText = await handlers['article:importText']({ text: 'Grid battery approved\n\nThe regulator approved a 200 MW grid battery on Tuesday, the largest in the region so far.' })
    expect(fromText.source.blocks.some((b) => b.text.includes('200 MW'))).toBe(true)
  })
})
