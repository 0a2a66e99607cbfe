// Builds the PDF fixtures for the PDF table tests the way real PDFs are made: small HTML and flat-ODT
// documents converted by LibreOffice. Run: npx tsx scripts/make-pdf-table-fixtures.ts
// (needs `soffice` on PATH). Writes test/fixtures/pdf-tables/*.pdf.
// npx tsx scripts/make-pdf-table-fixtures.ts --dump FILE.pdf prints a PDF's text items with positions.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, renameSync, readdirSync } from 'node:fs'
import { getDocumentProxy } from 'unpdf'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const OUT = join(import.meta.dirname, '../test/fixtures/pdf-tables')

const para = (text: string, style = ''): string => `<p${style ? ` style="${style}"` : ''}>${text}</p>`

function table(rows: string[][], opts: { header?: boolean; right?: number[]; width?: string; top?: boolean } = {}): string {
  const cells = rows.map((r, i) => `<tr${opts.top ? ' valign="top"' : ''}>${r.map((c, j) => {
    const tag = opts.header && i === 0 ? 'th' : 'td'
    const align = opts.right?.includes(j) ? ' align="right"' : ''
    return `<${tag}${align}>${c}</${tag}>`
  }).join('')}</tr>`)
  return `<table border="1" cellpadding="3" cellspacing="0" width="${opts.width ?? '100%'}">${cells.join('\n')}</table>`
}

const html = (title: string, body: string): string => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>\n${body}</body></html>`

/** The HTML fixtures; the tests hold the expected cells. */
const HTML: Record<string, string> = {
  'three-columns': html('Regional water prices', [
    para('Water prices rose in every region last year, with the steepest increases in the dry interior districts.'),
    table([
      ['Region', 'Households served', 'Price per kilolitre'],
      ['Northern coast', '412,000', '$2.85'],
      ['Central tablelands and the upper river valley', '96,500', '$3.40'],
      ['Western plains', '58,200', '$4.10'],
    ], { header: true, right: [1, 2], width: '55%' }),
    para('The regulator will review the interior prices again in March.'),
    para('Councils may apply for hardship grants until the end of June.'),
  ].join('\n')),
  'two-columns-wrapped': html('Consultation timeline', [
    para('The consultation runs in three stages.'),
    table([
      ['Stage one', 'Public submissions open for eight weeks, and every submission received will be published on the council website unless the author asks otherwise.'],
      ['Stage two', 'Community workshops in each ward.'],
      ['Stage three', 'A draft plan goes to council for a vote, together with a summary of what was heard during the first two stages.'],
    ]),
    para('Submissions can also be posted to the council offices.'),
  ].join('\n')),
  'six-columns-numeric': html('Quarterly freight volumes', [
    para('Freight volumes by port and quarter, in thousand tonnes.'),
    table([
      ['Port', 'Q1', 'Q2', 'Q3', 'Q4', 'Total'],
      ['Eastport', '1,204', '1,310', '1,288', '1,402', '5,204'],
      ['Kellham', '310', '', '295', '301', '906'],
      ['Marrow Bay', '87', '92', '', '', '179'],
      ['Southgate', '2,950', '3,012', '3,104', '3,230', '12,296'],
    ], { header: true, right: [1, 2, 3, 4, 5] }),
    para('Kellham was closed for dredging in the second quarter.'),
  ].join('\n')),
  'four-columns-wrapped': html('Grant recipients', [
    para('The following projects received funding in the first round.'),
    table([
      ['Project', 'Lead organisation', 'Amount', 'Status'],
      ['Solar canopies for the central bus interchange', 'Metro Transit Authority', '$1.2m', 'Under way'],
      ['Wetland restoration', 'Friends of Reedy Creek and the Riverside Landcare Group', '$450k', ''],
      ['Cool roofs pilot', 'Harbourton Housing', '$800k', 'Complete'],
    ], { header: true, right: [2], top: true }),
    para('A second round opens in September.'),
  ].join('\n')),
  'five-columns-two-tables': html('Bus fleet renewal', [
    para('Two operators will replace their oldest buses over the next three years.'),
    table([
      ['Operator', 'Depot', 'Buses', 'Fuel', 'Notes'],
      ['Metro Transit', 'Eastern depot on Harbour Road', '42', 'Battery', 'Chargers are installed at the depot before the first delivery'],
      ['', 'Northgate', '18', 'Battery', ''],
      ['Coastline Coaches', 'Southport', '9', 'Hydrogen fuel cell', 'Trial only'],
    ], { header: true, right: [2], width: '90%' }),
    para('Both operators will publish reliability figures every quarter.'),
    table([
      ['Year', 'Buses delivered'],
      ['2027', '25'],
      ['2028', '30'],
      ['2029', '14'],
    ], { header: true, right: [1], width: '40%' }),
    para('Deliveries after 2029 depend on the next funding round.'),
  ].join('\n')),
  'table-across-pages': html('Stations by line', [
    para('Every station on the network, with its line and daily boardings.'),
    table([['Station', 'Line', 'Boardings'], ...Array.from({ length: 70 }, (_, i) => [`Station ${i + 1}`, ['North', 'South', 'Harbour'][i % 3]!, String(1000 + i * 37)])], { header: true, right: [2], width: '70%' }),
    para('Boardings are averaged over the last twelve months.'),
  ].join('\n')),
}

const PROSE = 'Regional councils have spent the past decade arguing about who should pay for the upkeep of rural roads, and the argument has rarely produced much beyond reports. The latest review takes a different line: it asks what each road is for, who uses it and how often, and then sets a maintenance standard to match. Roads that carry school buses and milk tankers every day would be kept to a higher standard than tracks that see a handful of cars a week.'

/** Flat ODT: justified prose, then a two-column section of justified prose; no table anywhere. */
function twoColumnProse(): string {
  const p = (t: string) => `<text:p text:style-name="J">${t}</text:p>`
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles>
<style:style style:name="J" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm"/></style:style>
<style:style style:name="H" style:family="paragraph"><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Sect" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
</office:automatic-styles>
<office:body><office:text>
<text:p text:style-name="H">Paying for rural roads</text:p>
${p(PROSE)}
${p(PROSE.replace('Regional councils', 'Shire councils'))}
<text:section text:style-name="Sect" text:name="Columns">
${p(PROSE)}
${p(PROSE.replace('The latest review', 'A newer review'))}
${p(PROSE.replace('Regional councils', 'State agencies'))}
</text:section>
${p('The review will be published in full next month.')}
</office:text></office:body></office:document>`
}

/** Flat ODT with a running header on every page and a table long enough to run over three pages (the header rule needs three). */
function runningHeaderTable(): string {
  const cell = (t: string) => `<table:table-cell office:value-type="string"><text:p>${t}</text:p></table:table-cell>`
  const rows = Array.from({ length: 130 }, (_, i) => `<table:table-row>${cell(`Site ${i + 1}`)}${cell(['Open', 'Closed'][i % 2]!)}${cell(String(200 + i * 11))}</table:table-row>`)
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles><style:style style:name="Standard" style:family="paragraph"/></office:styles>
<office:automatic-styles><style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:header-style/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"><style:header><text:p>Harbourton City Council · Site register 2026</text:p></style:header></style:master-page></office:master-styles>
<office:body><office:text>
<text:p>The register lists every site the council manages.</text:p>
<table:table table:name="Sites"><table:table-column table:number-columns-repeated="3"/>
<table:table-row>${cell('Site')}${cell('Status')}${cell('Visitors')}</table:table-row>
${rows.join('\n')}
</table:table>
<text:p>Visitor numbers are for the year to June.</text:p>
</office:text></office:body></office:document>`
}

function main(): void {
  const work = mkdtempSync(join(tmpdir(), 'pdf-tables-'))
  mkdirSync(OUT, { recursive: true })
  const inputs: string[] = []
  for (const [name, text] of Object.entries(HTML)) {
    writeFileSync(join(work, `${name}.html`), text)
    inputs.push(join(work, `${name}.html`))
  }
  writeFileSync(join(work, 'two-column-prose.fodt'), twoColumnProse())
  inputs.push(join(work, 'two-column-prose.fodt'))
  writeFileSync(join(work, 'running-header-table.fodt'), runningHeaderTable())
  inputs.push(join(work, 'running-header-table.fodt'))
  // Its own profile directory so it does not clash with another running LibreOffice.
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, ...inputs], { env: { ...process.env, HOME: '/tmp/soffice-home' }, stdio: 'inherit' })
  for (const f of readdirSync(work).filter((f) => f.endsWith('.pdf'))) renameSync(join(work, f), join(OUT, f))
}

/** Prints every text item: page, x, y, width, font size, font and text, as pdf.js reports them. */
async function dump(file: string): Promise<void> {
  const pdf = await getDocumentProxy(new Uint8Array(readFileSync(file)))
  for (let p = 1; p <= pdf.numPages; p++) {
    for (const item of (await (await pdf.getPage(p)).getTextContent()).items) {
      if (!('str' in item) || !item.str) continue
      const [, , , size, x, y] = item.transform as number[]
      console.log(p, x!.toFixed(1), y!.toFixed(1), `w=${item.width.toFixed(1)}`, `size=${size}`, item.fontName, JSON.stringify(item.str))
    }
  }
}

const at = process.argv.indexOf('--dump')
if (at > 0) void dump(process.argv[at + 1]!)
else main()
