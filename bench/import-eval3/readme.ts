// The fixed parts of test/fixtures/eval3/README.md; write-fixtures.ts puts the page table between them.
export const README_HEAD = `# Third held-out import evaluation set (blind)

A third independent set for measuring how the article importer generalises, in site families neither
\`test/fixtures/eval\` nor \`test/fixtures/eval2\` covers, and in three languages the earlier sets lack (French,
German, Japanese). It was scored once, blind, on the pages as first written (\`bench/import-eval3/FINDINGS.md\`,
console output in \`bench/import-eval3/blind-run.txt\`); the importer must not be tuned on it. Each page imitates,
from memory, the markup of one kind of site; all article text is original and every organisation, person and
place in the article text is invented (\`synthetic: true\`). Platform names appear only where a platform's own
markup carries them (Hugo/PaperMod generator and footer, Drupal meta and class names, "PRNewsfoto" in a newswire
caption, "X (旧Twitter)" / Facebook / LINE share labels); hosts are under \`.example.*\`. Known slip: the newswire page keeps the real wire's
"/PRNewswire/" marker in its dateline (article text) and "PRNewsfoto" in its caption, as such releases print them.
`

export const README_TAIL = `## Files per page

Same as the earlier sets: \`<name>.html\` (written by \`bench/import-eval3/write-fixtures.ts\` from the article texts
and templates beside it), \`<name>.copied.txt\` and \`<name>.lower.txt\` (Chromium \`document.body.innerText\`,
JavaScript off, offline: \`npx tsx bench/import-eval/make-text-forms.ts --dir test/fixtures/eval3\`), and
\`<name>.truth.json\` (\`title\`, \`publisher\`, \`date\`, \`url\`, \`language\` — now also \`fr\`, \`de\`, \`ja\` —,
\`family\`, \`body\`, \`blocks\`).

## What counts as article content

The first set's rules (\`test/fixtures/eval/README.md\`) and the second set's additions
(\`test/fixtures/eval2/README.md\`), plus these decisions for the new families:

- Newswire press release: the dateline "HALDEN BAY, Ore., March 4, 2026 /PRNewswire/ --" is part of the first
  paragraph (like a wire dateline); the highlights list counts. The subtitle under the headline (a dek), the
  photo caption, "About <company>", the media contact, "View original content to download multimedia: …",
  "SOURCE <company>" and everything after do not.
- Smart-brevity story: the bold lead-ins ("Why it matters:", "Driving the news:", "The bottom line:") are part of
  their paragraphs; bullet items count. The "Go deeper: <link>" paragraph, the inline newsletter box and the
  editor's note do not.
- Policy story: "Read More: <link>" inserts, newsletter promos, "(Updates with … in seventh paragraph.)",
  "— With assistance from …", "To contact the reporters/editors …" and the "Most Read" list do not count.
- Government media release: the ministers' names, "Joint media release", release date, media contact,
  "Authorised by …", tags, portfolio and the acknowledgement of Country do not count.
- Static blog: the table of contents and the "#" heading anchors do not count; the headings do.
- International news page: the bold lead paragraph printed in its own field above the body counts (it is the
  story's first paragraph, not a dek); the photo credits ("© Org/Name") do not.
- Sectioned feature: the standfirst, byline/photographer line, captions and credits between sections do not
  count; every section's heading and paragraphs do.
- French/German: the chapô (\`article__desc\`) and the kicker inside the German \`h1\` ("Altes Hallenbad: ") do not
  count (the title is the headline proper, as in \`og:title\`); "Lire aussi |" and "Lesen Sie auch:" inserts,
  "Anzeige" labels and the "(jk/hrs)" sign-off do not; the German place-name opener "Holmbach." is part of the
  first paragraph (a dateline).
- Japanese/Chinese: "[PR]", "あわせて読みたい", the caption, 责任编辑/图片编辑/校对, 报料, 特别声明 and the Taiwanese
  新聞聯絡人/聯絡電話/手機 lines and 相關附件 do not count; bold \`<p><strong>\` subheads count as headings.
  Dates in the truth are Gregorian ISO even where the page prints the ROC calendar (115-06-03 = 2026-06-03).
`
