/**
 * Valid HTML: the W3C Nu HTML checker (`vnu-jar`, run with the machine's Java) finds no error
 * in any built page of any demo brand. Warnings are not failures. All pages go to one Java
 * process, so the check takes seconds.
 */
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { demoBrands } from '../harness/demo-data'
import { htmlFiles } from '../harness/dist-files'
import { isCi, javaExecutable } from '../harness/env'
import { type NuError, checkHtmlFiles } from '../harness/nu-checker'
import { readRun, runBrand } from '../harness/run-file'

const NO_JAVA =
  'The Nu HTML checker needs Java 17+: install it (Debian/Ubuntu: apt-get install --no-install-recommends default-jre-headless; scripts/test.sh does this on CI) or set JAVA to its binary.'

/** `<brand>/<path>:<line>: <message>`, the path relative to the brand's built site. */
const describe = (distDir: string, error: NuError) => `${path.relative(distDir, error.file).split(path.sep).join('/')}:${error.line ?? '?'}: ${error.message}`

test('every built page of every demo brand passes the Nu HTML checker', async () => {
  test.setTimeout(180_000)
  const java = javaExecutable()
  if (java === undefined) {
    // On CI a missing Java must not turn the check into a silent skip.
    if (isCi()) throw new Error(NO_JAVA)
    test.skip(true, NO_JAVA)
    return
  }
  const { distDir } = readRun()
  const files = demoBrands.flatMap((brand) => htmlFiles(path.join(distDir, runBrand(brand.slug).slug)).map((html) => html.file))
  expect(files.length, `no HTML files under ${distDir}`).toBeGreaterThan(0)

  const errors = await checkHtmlFiles(java, files)
  const byMessage = new Map<string, number>()
  for (const error of errors) byMessage.set(error.message, (byMessage.get(error.message) ?? 0) + 1)
  const summary = [...byMessage].sort((a, b) => b[1] - a[1]).map(([message, count]) => `  ${count} × ${message}`)
  expect(
    errors.length,
    `${errors.length} Nu HTML checker error(s) in ${new Set(errors.map((error) => error.file)).size} of ${files.length} built pages.\n` +
      `By message:\n${summary.join('\n')}\nEach:\n${errors.map((error) => describe(distDir, error)).join('\n')}`,
  ).toBe(0)
})
