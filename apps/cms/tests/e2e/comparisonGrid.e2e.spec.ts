import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { type Locator, type Page, expect, test } from '@playwright/test'
import { brandEditor, builtPage, e2eSettings } from './editorial'

/*
 * A brand editor builds a comparison in the grid (src/components/ComparisonGrid): therapies as
 * columns chosen in the header, attributes as rows, a bold word in a cell, rows reordered with
 * the move buttons and by dragging, a column removed after the confirmation dialog; publishes
 * it; and the rebuilt brand site's table shows each value under its therapy, rows in order.
 * Screenshots of the grid at 360 px and on a desktop go to the run's output (test-results/) and
 * <tmp>/shots/, where they survive the next run for a look by eye.
 */

const TITLE = 'Needles, hands or cups for a stiff upper back'
const SLUG = 'needles-hands-or-cups-for-a-stiff-upper-back'

async function logIn(page: Page) {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(brandEditor.email)
  await page.getByLabel('Password').fill(brandEditor.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/** The text of the options of the grid's "Add a therapy" select, without its placeholder. */
async function therapyChoices(select: Locator): Promise<string[]> {
  await expect(select).toBeEnabled()
  await expect(select.locator('option').nth(1)).toBeAttached()
  return (await select.locator('option').allTextContents()).slice(1)
}

test('a brand editor builds a comparison in the grid, publishes it, and the rebuilt site shows each value in its column', async ({ page, context }, testInfo) => {
  test.setTimeout(240_000)
  const { sitesDir } = e2eSettings()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))

  await logIn(page)
  await page.goto('/admin/collections/comparisons/create')
  await page.getByLabel('Title', { exact: false }).first().fill(TITLE)
  await page.getByLabel('Intro', { exact: false }).first().fill('Three ways to loosen the muscles between the shoulder blades.')

  const grid = page.getByRole('group', { name: 'Compared attributes' })
  const addTherapy = grid.getByLabel('Add a therapy')
  const [first, second, third] = await therapyChoices(addTherapy)
  if (!first || !second || !third) throw new Error('The demo brand should offer at least three therapies to compare')

  await test.step('add three therapy columns from the header, then remove one after confirming', async () => {
    await addTherapy.selectOption({ label: first })
    await addTherapy.selectOption({ label: second })
    await addTherapy.selectOption({ label: third })
    await expect(grid.getByRole('columnheader')).toHaveText(['Attribute', new RegExp(`^${first}`), new RegExp(`^${second}`), new RegExp(`^${third}`), /Add a therapy/])

    await grid.getByRole('button', { name: `Remove ${second} and its values` }).click()
    const dialog = page.getByRole('dialog').or(page.locator('.confirmation-modal')).first()
    await expect(dialog).toContainText(`Remove ${second}?`)
    await dialog.getByRole('button', { name: 'Remove column' }).click()
    await expect(grid.getByRole('columnheader')).toHaveText(['Attribute', new RegExp(`^${first}`), new RegExp(`^${third}`), /Add a therapy/])
  })

  await test.step('add attribute rows and fill the cells, one word in bold', async () => {
    const rows: [string, string, string][] = [
      ['Tool used', 'Fine needles', 'Cups'],
      ['Session length', '30 minutes', '20 minutes'],
      ['Feels like', 'A brief ache', 'A strong pull'],
    ]
    for (const [index, [label, a, b]] of rows.entries()) {
      await grid.getByRole('button', { name: '+ Add attribute' }).click()
      await grid.getByLabel(`Attribute ${index + 1} label`).fill(label)
      const cellA = grid.getByRole('textbox', { name: `${label}, ${first}` })
      await cellA.click()
      if (index === 0) {
        // "Fine" in bold, typed with the shortcut; the rest plain.
        await page.keyboard.press('ControlOrMeta+b')
        await page.keyboard.type('Fine')
        await page.keyboard.press('ControlOrMeta+b')
        await page.keyboard.type(a.slice('Fine'.length))
      } else {
        await page.keyboard.type(a)
      }
      await grid.getByRole('textbox', { name: `${label}, ${third}` }).click()
      await page.keyboard.type(b)
    }
    await expect(grid.getByRole('textbox', { name: `Tool used, ${first}` }).locator('b, strong')).toHaveText('Fine')
  })

  await test.step('reorder rows: a move button, then a drag by the handle', async () => {
    const labels = () => grid.locator('tbody input[type="text"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
    await grid.getByRole('button', { name: 'Move Feels like up' }).click()
    await expect.poll(labels).toEqual(['Tool used', 'Feels like', 'Session length'])
    await expect(grid.getByRole('button', { name: 'Move Feels like up' })).toBeFocused()
    await grid.locator('tbody tr').nth(2).locator('[data-drag-handle]').dragTo(grid.locator('tbody tr').nth(0))
    await expect.poll(labels).toEqual(['Session length', 'Tool used', 'Feels like'])
  })

  await test.step('screenshots of the grid on a desktop and at 360 px', async () => {
    await grid.getByRole('textbox', { name: `Tool used, ${first}` }).click()
    await grid.screenshot({ path: testInfo.outputPath('grid-desktop.png') })
    await grid.screenshot({ path: path.join(os.tmpdir(), 'shots', 'grid-desktop.png') })
    await page.setViewportSize({ width: 360, height: 800 })
    await grid.scrollIntoViewIfNeeded()
    await page.screenshot({ path: testInfo.outputPath('grid-360.png') })
    await page.screenshot({ path: path.join(os.tmpdir(), 'shots', 'grid-360.png') })
    // The table scrolls inside its region, so the grid never makes the page wider than the phone.
    const box = await grid.boundingBox()
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360)
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  await test.step('publish: the rebuilt site shows each value under its therapy, rows in the editor’s order', async () => {
    // "Can they be combined?": the How text is the form's only rich-text field without rows.
    const how = page.locator('.rich-text-lexical').filter({ has: page.locator('.rich-text-lexical__label-row', { hasText: /^How/ }) }).locator('[contenteditable="true"]')
    await how.click()
    await page.keyboard.type('Yes: cupping first, then needling.')
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.locator('.status__value', { hasText: 'Published' }).or(page.getByText('Status: Published')).first()).toBeVisible({ timeout: 20_000 })

    const file = builtPage(sitesDir, 'compare', SLUG)
    await expect.poll(() => existsSync(file), { timeout: 150_000, intervals: [1_000] }).toBe(true)
    const live = await context.newPage()
    await live.goto(pathToFileURL(file).href)
    const table = live.getByRole('table')
    await expect(table.locator('thead th')).toHaveText([first, third])
    await expect(table.locator('tbody th')).toHaveText(['Session length', 'Tool used', 'Feels like'])
    await expect(table.locator('tbody tr').nth(0).locator('td')).toHaveText(['30 minutes', '20 minutes'])
    await expect(table.locator('tbody tr').nth(1).locator('td')).toHaveText(['Fine needles', 'Cups'])
    await expect(table.locator('tbody tr').nth(1).locator('td').first().locator('strong')).toHaveText('Fine')
    await expect(table.locator('tbody tr').nth(2).locator('td')).toHaveText(['A brief ache', 'A strong pull'])
    await live.close()
  })

  expect(errors).toEqual([])
})
