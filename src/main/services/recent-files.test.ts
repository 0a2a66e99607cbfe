import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RecentFiles } from './recent-files'

let dir: string
let osList: string[]
const platform = {
  addRecentDocument: (p: string) => void osList.push(p),
  clearRecentDocuments: () => void (osList = []),
}
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bw-recent-'))
  osList = []
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function files(n: number): Promise<string[]> {
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    const p = join(dir, `f${i}.brief`)
    await writeFile(p, '{}')
    out.push(p)
  }
  return out
}

describe('RecentFiles', () => {
  it('lists most recent first, moves a reopened file to the top, keeps at most 10, and tells the OS', async () => {
    const paths = await files(12)
    const recent = new RecentFiles({ userDataDir: dir, platform })
    for (const p of paths) await recent.add(p)
    await recent.add(paths[5] as string)
    const listed = await new RecentFiles({ userDataDir: dir, platform }).list()
    expect(listed).toHaveLength(10)
    expect(listed[0]).toBe(paths[5])
    expect(listed[1]).toBe(paths[11])
    expect(listed).not.toContain(paths[0])
    expect(osList.at(-1)).toBe(paths[5])
  })

  it('drops files that no longer exist, and forgets them', async () => {
    const [a, b] = await files(2)
    const recent = new RecentFiles({ userDataDir: dir, platform })
    await recent.add(a as string)
    await recent.add(b as string)
    await rm(a as string)
    expect(await recent.list()).toEqual([b])
    expect(JSON.parse(await readFile(join(dir, 'recent.json'), 'utf8'))).toEqual({ version: 1, paths: [b] })
  })

  it('does not lose entries added at the same time', async () => {
    const paths = await files(5)
    const recent = new RecentFiles({ userDataDir: dir, platform })
    await Promise.all(paths.map((p) => recent.add(p)))
    expect((await recent.list()).sort()).toEqual([...paths].sort())
  })

  it('treats a damaged recent.json as empty', async () => {
    await writeFile(join(dir, 'recent.json'), '[1, 2')
    const [a] = await files(1)
    const recent = new RecentFiles({ userDataDir: dir, platform })
    expect(await recent.list()).toEqual([])
    await recent.add(a as string)
    expect(await recent.list()).toEqual([a])
  })

  it('clears its list and the OS list', async () => {
    const [a] = await files(1)
    const recent = new RecentFiles({ userDataDir: dir, platform })
    await recent.add(a as string)
    await recent.clear()
    expect(await recent.list()).toEqual([])
    expect(osList).toEqual([])
  })
})
