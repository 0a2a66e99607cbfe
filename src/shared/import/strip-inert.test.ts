import { describe, expect, it } from 'vitest'
import { stripInert } from './strip-inert'

describe('stripInert', () => {
  it('removes scripts, styles and comments but keeps JSON-LD and clipboard markers', () => {
    const html = `<head><style>p{color:red}</style><script>var a = "<p>not text</p>";</script><script type="application/ld+json">{"headline":"Ports"}</script></head><body><!-- ad slot --><!--StartFragment--><p>Text</p><script src="x.js"></script></body>`
    expect(stripInert(html)).toBe(`<head>  <script type="application/ld+json">{"headline":"Ports"}</script></head><body> <!--StartFragment--><p>Text</p> </body>`)
  })

  it('ends a script where the HTML parser does, at the first </script', () => {
    expect(stripInert('<script>document.write("</script>")</script><p>after</p>')).toBe(' ")</script><p>after</p>')
  })

  it('never splices the text around a cut into a new tag', () => {
    expect(stripInert("<scr<script>ipt>alert(1)</scr</script>ipt><p>kept</p>")).toBe('<scr ipt><p>kept</p>')
  })

  it('returns text without such markup unchanged', () => {
    const html = '<p>Prices rose 3% <b>this</b> year.</p>'
    expect(stripInert(html)).toBe(html)
  })
})
