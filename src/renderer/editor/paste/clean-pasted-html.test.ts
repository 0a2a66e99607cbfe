// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { cleanPastedHtml } from './clean-pasted-html'

describe('cleanPastedHtml', () => {
  it('drops classes, inline styles, fonts and Office tags but keeps headings, emphasis and links', () => {
    const html = `<html><head><style>p.MsoNormal{margin:0}</style></head><body><!--[if gte mso 9]><xml>junk</xml><![endif]-->
      <h2 class="x" style="color:red">Background</h2>
      <p class="MsoNormal" style="font-family:Calibri"><font face="Arial"><b>Output</b> rose <i>8%</i>.<o:p></o:p></font></p>
      <p><a href="https://example.org/a" class="ext" onclick="evil()">report</a> <a href="javascript:alert(1)">bad</a></p></body></html>`
    const out = cleanPastedHtml(html)
    expect(out).toContain('<h2>Background</h2>')
    expect(out).toContain('<p><b>Output</b> rose <i>8%</i>.</p>')
    expect(out).toContain('<a href="https://example.org/a">report</a>')
    expect(out).not.toMatch(/class=|style=|onclick|font|o:p|xml|javascript/i)
    expect(out).toContain(' bad')
  })

  it('turns Word list paragraphs into nested lists, ordered or bulleted by their marker', () => {
    const html = `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>1.<span>&nbsp;</span></span>First</p>
      <p class=MsoListParagraph style='mso-list:l0 level2 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;</span></span>Nested</p>
      <p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span>Second</p>
      <p>After</p>`
    const out = cleanPastedHtml(html).replace(/\s+</g, '<')
    expect(out).toBe('<ol><li><p>First</p><ul><li><p>Nested</p></li></ul></li><li><p>Second</p></li></ol><p>After</p>')
  })

  it('keeps table structure and cell spans, and turns styled spans into real emphasis', () => {
    const html = `<table class="grid" style="width:500px"><tr><th style="x" colspan="2">Year</th></tr><tr><td width="40">2025</td><td><span style="font-weight:700">8%</span></td></tr></table>`
    const out = cleanPastedHtml(html)
    expect(out).toContain('<th colspan="2">Year</th>')
    expect(out).toContain('<td>2025</td>')
    expect(out).toContain('<strong>8%</strong>')
    expect(out).not.toMatch(/style=|width=|class=/)
  })

  it('keeps the data attributes of citations copied from another briefing', () => {
    const out = cleanPastedHtml('<p>Text<cite data-source-id="s1" data-block-id="b2" data-id="c1" class="x"></cite></p>')
    expect(out).toContain('<cite data-source-id="s1" data-block-id="b2" data-id="c1"></cite>')
  })
})
