import { test, expect } from '../support/app-fixture'
import { newFromTemplate } from './editor-helpers'
import { addShenzhen } from './sources-helpers'

test('misspelt words get a wavy underline after typing pauses; the menu suggests and replaces', async ({ app }) => {
  const { page } = app
  const draft = page.locator('.briefing-doc')
  await draft.click()
  await page.keyboard.type('We recieve the report on Tuesday. The NATO summit was fine.')
  const error = draft.locator('.spell-error')
  await expect(error).toHaveText(['recieve'], { timeout: 20_000 })
  // Quoted source text, acronyms and correct words are left alone.
  await expect(draft.locator('.spell-error', { hasText: 'NATO' })).toHaveCount(0)

  await error.click({ button: 'right' })
  const menu = page.getByRole('menu', { name: 'Spelling: recieve' })
  await expect(menu).toBeVisible()
  await menu.getByRole('menuitem', { name: 'receive' }).click()
  await expect(draft).toContainText('We receive the report')
  await expect(draft.locator('.spell-error')).toHaveCount(0, { timeout: 20_000 })
})

test('F7 opens suggestions for the next misspelling; the language setting changes what is wrong', async ({ app }) => {
  const { page } = app
  const draft = page.locator('.briefing-doc')
  await draft.click()
  await page.keyboard.type('The colour of the organization.')
  // The bundled en-GB dictionary is the -ise one: "colour" is right, "organization" is not.
  await expect(draft.locator('.spell-error')).toHaveText(['organization'], { timeout: 20_000 })
  await page.getByRole('combobox', { name: 'Spelling' }).selectOption('en-US')
  await expect(draft.locator('.spell-error')).toHaveText(['colour'], { timeout: 20_000 })
  await draft.click()
  await page.keyboard.press('Control+Home')
  await page.keyboard.press('F7')
  const menu = page.getByRole('menu', { name: 'Spelling: colour' })
  await expect(menu.getByRole('menuitem', { name: 'color', exact: true })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(draft).toContainText('The color of')
})

test("spelling follows the template's English: a US memo checks American spelling, a UK submission British", async ({ app }) => {
  const { page } = app
  const spelling = page.getByRole('combobox', { name: 'Spelling' })
  await expect(spelling).toHaveValue('en-GB')
  await newFromTemplate(app, 'US action memo')
  await expect(spelling).toHaveValue('en-US')
  await newFromTemplate(app, 'UK ministerial submission')
  await expect(spelling).toHaveValue('en-GB')
})

test("names the briefing's sources use are not underlined; a misspelling of one still is", async ({ app }) => {
  const { page } = app
  const draft = page.locator('.briefing-doc')
  await draft.click()
  await page.keyboard.type('Shenzhen and Shenzen both recieve funds.')
  await expect(draft.locator('.spell-error')).toHaveText(['Shenzhen', 'Shenzen', 'recieve'], { timeout: 20_000 })
  // The imported article (all lowercase, as scraped) names the city: its capitalised form is accepted.
  await addShenzhen(app)
  await expect(draft.locator('.spell-error')).toHaveText(['Shenzen', 'recieve'], { timeout: 20_000 })
})
