import { test, expect } from '../support/app-fixture'
import { TEMPLATES } from '../../src/shared/templates'
import { newFromTemplate } from './editor-helpers'

test('File → New Briefing creates a draft from each template, with its sections, guidance and header fields', async ({ app }) => {
  const { page } = app
  for (const template of TEMPLATES) {
    await newFromTemplate(app, template.name, { Title: `Test ${template.id}` })
    const headings = page.locator('.briefing-doc h1[data-section-id]')
    await expect(headings).toHaveCount(template.sections.length)
    await expect(headings.first()).toHaveText(template.sections[0]!.title)
    // The first section's guidance shows as placeholder text in its empty paragraph.
    const guided = page.locator('.briefing-doc p[data-guidance]').first()
    await expect(guided).toHaveAttribute('data-guidance', template.sections[0]!.guidance)
    const placeholder = await guided.evaluate((el) => getComputedStyle(el, '::before').content)
    expect(placeholder).toContain(template.sections[0]!.guidance.slice(0, 20))
    // The header form shows the template's classification and its own fields.
    await expect(page.locator('#hf-title')).toHaveValue(`Test ${template.id}`)
    await expect(page.locator('#hf-classification')).toHaveValue(template.classification.default)
    for (const field of template.fields) await expect(page.locator(`#hf-${field.key}`)).toBeVisible()
    if (template.decision) await expect(page.locator('.briefing-doc .decision-block').first()).toContainText(template.decision.options[0]!)
  }
})

test('typing into a guided paragraph replaces the guidance, and header fields edit the briefing', async ({ app }) => {
  const { page } = app
  await newFromTemplate(app, 'US action memo', { TO: 'The Secretary' })
  const guided = page.locator('.briefing-doc p[data-guidance]').first()
  await guided.click()
  await page.keyboard.type('Approve the grant.')
  await expect(guided).toHaveText('Approve the grant.')
  expect(await guided.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('none')
  await expect(page.locator('#hf-recipient')).toHaveValue('The Secretary')
  await page.locator('#hf-reference').fill('REF-42')
  // Header edits make the briefing dirty (the title bar shows the mark).
  await expect(page).toHaveTitle(/^●/)
  await expect(page.locator('.header-fields .classification-badge')).toHaveText('UNCLASSIFIED')
})

test('a new briefing starts a fresh undo history: Ctrl+Z does not bring back the previous document', async ({ app }) => {
  const { page } = app
  const draft = page.locator('.briefing-doc')
  await draft.click()
  await page.keyboard.type('Old draft text')
  await app.emit('menu:command', 'file:new')
  const dialog = page.getByRole('dialog', { name: 'New briefing' })
  await dialog.getByRole('radio', { name: 'Canadian briefing note' }).check()
  await dialog.getByRole('button', { name: 'Create briefing' }).click()
  await page.getByRole('alertdialog', { name: 'Save changes?' }).getByRole('button', { name: "Don't Save" }).click()
  await expect(draft.locator('h1').first()).toHaveText('Purpose')
  // Loading is not an edit: the new briefing is clean.
  await expect(page).not.toHaveTitle(/^●/)
  await draft.locator('h1').first().click()
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await expect(draft).not.toContainText('Old draft text')
  await expect(draft.locator('h1').first()).toHaveText('Purpose')
})
