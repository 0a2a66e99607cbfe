import { describe, expect, it } from 'vitest'
import { runCliIn } from '../../../test/helpers/run-cli'
import { TEMPLATES } from '../../shared/templates'

/** Runs the CLI in the test folder, recording what it prints. */
const cli = (...argv: string[]) => runCliIn(process.cwd(), ...argv)

describe('briefwright templates', () => {
  it('lists every template with its id, name and sections', async () => {
    const r = await cli('templates')
    expect(r.code).toBe(0)
    for (const t of TEMPLATES) {
      expect(r.out).toContain(`${t.id} `)
      expect(r.out).toContain(t.name)
    }
    expect(r.out).toContain('sections: Issue, Recommendation, Timing, Background, Argument, Presentation')
  })

  it('--json prints an array of { id, name, description, language, sections, classification }', async () => {
    const r = await cli('templates', '--json')
    expect(r.code).toBe(0)
    const list = JSON.parse(r.out) as { id: string; name: string; sections: string[]; classification: { default: string } }[]
    expect(list.map((t) => t.id)).toEqual(['general', 'uk-submission', 'ca-briefing-note', 'au-ministerial-brief', 'us-action-memo', 'cn-official'])
    expect(list[1]).toMatchObject({ name: 'UK ministerial submission', language: 'en-GB', classification: { default: 'OFFICIAL' } })
    expect(list[5]!.sections).toEqual(['基本情况', '主要问题', '意见建议'])
    expect(Object.keys(list[0]!).sort()).toEqual(['classification', 'description', 'id', 'language', 'name', 'sections'])
  })

  it('rejects unknown arguments with the usage exit code', async () => {
    const r = await cli('templates', '--yaml')
    expect(r.code).toBe(64)
    expect(r.err).toContain("unexpected argument '--yaml'")
  })
})
