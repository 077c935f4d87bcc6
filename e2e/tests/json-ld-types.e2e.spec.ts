/**
 * Typed structured data: every distinct JSON-LD block of every built page of the demo brands
 * type-checks against `schema-dts` as the type its `@type` names, so a misspelt property or a
 * value of the wrong kind fails here, not in a search engine's report.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { demoBrands } from '../harness/demo-data'
import { htmlFiles } from '../harness/dist-files'
import { type JsonLdBlock, jsonLdScripts, typeCheckJsonLd } from '../harness/json-ld-types'
import { readRun, runBrand } from '../harness/run-file'

test('the JSON-LD of every built page type-checks against schema-dts', async () => {
  test.setTimeout(120_000)
  const { distDir } = readRun()
  const blocks = new Map<string, JsonLdBlock>()
  for (const { slug } of demoBrands) {
    const brandDir = path.join(distDir, runBrand(slug).slug)
    for (const html of htmlFiles(brandDir)) {
      for (const json of jsonLdScripts(readFileSync(html.file, 'utf8'))) {
        const block = blocks.get(json) ?? { json, pages: [] }
        block.pages.push(`${slug}${html.sitePath}`)
        blocks.set(json, block)
      }
    }
  }
  expect(blocks.size, `no JSON-LD in the pages under ${distDir}`).toBeGreaterThan(0)

  // Kept with the test's output, so a failure can be read in context.
  const file = test.info().outputPath('json-ld-blocks.ts')
  const problems = typeCheckJsonLd([...blocks.values()], file)
  const failing = new Set(problems.map((problem) => problem.block))
  const report = problems.map(({ block, checkedAs, at, message }) => {
    const where = block === undefined ? at : `${block.pages[0]}${block.pages.length > 1 ? ` (and ${block.pages.length - 1} more)` : ''}, ${checkedAs}, at ${at}`
    return `${where}\n    ${message.split('\n').join('\n    ')}`
  })
  if (problems.length > 0) await test.info().attach('json-ld-blocks.ts', { path: file, contentType: 'text/plain' })
  expect(
    problems.length,
    `${failing.size} of ${blocks.size} distinct JSON-LD blocks do not type-check against schema-dts (${problems.length} error(s); the checked file: ${file}):\n${report.join('\n')}`,
  ).toBe(0)
})
