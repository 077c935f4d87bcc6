/**
 * The built files themselves, read from disk without a browser: every internal link resolves,
 * pages stay light and script-free (but for the appointment form's small enhancement), the
 * thank-you page exists without being linked or listed, and nothing unpublished, foreign or
 * personal is in them.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { BrandSnapshot } from '@clinic/schema'
import { APPOINTMENT_FORM_SCRIPT } from '@clinic/forms'
import { expect, test } from '@playwright/test'
import { demoBrands } from '../harness/demo-data'
import { htmlReferences, isFile, listFiles, sitePathOf, xmlReferences } from '../harness/dist-files'
import { PAGE_TYPES, PAGE_TYPE_PATTERNS, classifyPath, slugOfPath, startTags, visibleText } from 'site/testing'
import { expectationFor } from '../harness/page-types'
import { weighBrand, weightTable } from '../harness/page-weight'
import { SEARCH_JS_GZIP_BUDGET, carriesSearchScript, searchScriptProblems } from '../harness/search-page'
import { type ReferenceContext, brokenBecause, destinationOf } from '../harness/references'
import { readRun, runBrand, snapshotOf } from '../harness/run-file'
import { expectNoProblems } from '../harness/spec-support'

/** Most CSS one page may load, gzipped. */
const CSS_GZIP_BUDGET = 15 * 1024
/** Most JavaScript a page with the appointment form may carry, gzipped; other pages carry none. */
const FORM_JS_GZIP_BUDGET = 3 * 1024
const TEXT_FILE = /\.(html|xml|txt|json|webmanifest)$/

function contextFor(slug: string): ReferenceContext {
  const run = readRun()
  const brand = runBrand(slug)
  return {
    brand,
    brandDir: path.join(run.distDir, slug),
    otherBrands: run.brands.filter((other) => other.slug !== slug),
    mediaOrigin: new URL(run.mediaUrl).origin,
  }
}

/** Every URL in the brand's HTML and XML files, by the file's site path. */
function referencesByFile(context: ReferenceContext): Map<string, { where: string; url: string }[]> {
  const result = new Map<string, { where: string; url: string }[]>()
  for (const file of listFiles(context.brandDir)) {
    if (file.endsWith('.html')) result.set(sitePathOf(context.brandDir, file), htmlReferences(startTags(readFileSync(file, 'utf8'))))
    else if (file.endsWith('.xml')) result.set(sitePathOf(context.brandDir, file), xmlReferences(readFileSync(file, 'utf8')))
  }
  return result
}

/** The snapshot collection behind a content page type, by slug. */
function collectionOf(type: string, snapshot: BrandSnapshot): { name: string; slugs: Set<string> } | undefined {
  const bySlug = (name: string, docs: readonly { slug: string }[]) => ({ name, slugs: new Set(docs.map((doc) => doc.slug)) })
  switch (type) {
    case 'article':
      return bySlug('articles', snapshot.articles)
    case 'location':
      return bySlug('clinics', snapshot.clinics)
    case 'therapy':
      return bySlug('therapies', snapshot.therapies)
    case 'condition':
      return bySlug('conditions', snapshot.conditions)
    case 'comparison':
      return bySlug('comparisons', snapshot.comparisons)
    default:
      return undefined
  }
}

/**
 * Absolute URLs an editor typed into the CMS (booking links, social profiles, external links
 * in rich text). They may sit on the brand's own domain without being pages of this build (a
 * booking system at /book/…), so the link check lists them instead of resolving them. Media
 * URLs are left out: they are the CMS's, and must not reach the built pages at all.
 */
function editorUrls(snapshot: BrandSnapshot, mediaOrigin: string): Set<string> {
  const urls = new Set<string>()
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      // Media URLs are the CMS's own, not typed by an editor: those the link check must see.
      if (/^https?:\/\//.test(value) && !value.startsWith(`${mediaOrigin}/`)) urls.add(value)
    } else if (Array.isArray(value)) value.forEach(visit)
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit)
  }
  visit(snapshot)
  return urls
}

for (const demoBrand of demoBrands) {
  test.describe(`${demoBrand.slug} output`, () => {
    test('every internal href, src and srcset resolves to a built file', () => {
      const context = contextFor(demoBrand.slug)
      const typedInCms = editorUrls(snapshotOf(demoBrand.slug), context.mediaOrigin)
      const notChecked = new Set<string>()
      const problems = new Map<string, string[]>()
      let checked = 0
      for (const [sitePath, references] of referencesByFile(context)) {
        const list: string[] = []
        for (const reference of references) {
          if (typedInCms.has(reference.url)) {
            notChecked.add(reference.url)
            continue
          }
          const destination = destinationOf(reference.url, sitePath, context)
          if (destination.kind === 'problem') list.push(`${reference.where} "${reference.url}": ${destination.problem}`)
          if (destination.kind !== 'internal') continue
          checked += 1
          const broken = brokenBecause(destination, context.brandDir)
          if (broken !== null) list.push(`${reference.where} "${reference.url}": ${broken}`)
        }
        problems.set(sitePath, list)
      }
      if (notChecked.size > 0) test.info().annotations.push({ type: 'URLs from the CMS, not checked', description: [...notChecked].join(', ') })
      expect(checked, `no internal link found in ${context.brandDir}`).toBeGreaterThan(0)
      expectNoProblems(problems, `link (${demoBrand.slug})`)
    })

    test(`pages load at most ${CSS_GZIP_BUDGET / 1024} KB of gzipped CSS, and JavaScript only with the appointment form (≤ ${FORM_JS_GZIP_BUDGET / 1024} KB gzipped) and on the search page (≤ ${SEARCH_JS_GZIP_BUDGET / 1024} KB)`, async () => {
      const context = contextFor(demoBrand.slug)
      const weights = await weighBrand(context.brandDir, demoBrand.slug)
      const table = weightTable(weights, [...PAGE_TYPES, 'other'])
      console.log(`\n${demoBrand.slug} page weight (heaviest page per type):\n${table}\n`)
      await test.info().attach(`${demoBrand.slug} page weight`, { body: table, contentType: 'text/plain' })
      const problems = new Map<string, string[]>()
      for (const { page, weight, jsFiles, inlineScripts, appointmentForm, problems: measureProblems } of weights) {
        const list = [...measureProblems]
        if (weight.cssGzip > CSS_GZIP_BUDGET) list.push(`loads ${(weight.cssGzip / 1024).toFixed(1)} KB of gzipped CSS, over the ${CSS_GZIP_BUDGET / 1024} KB budget`)
        // The search page's own script file, within its budget (harness/search-page.ts).
        if (carriesSearchScript(page.type)) list.push(...searchScriptProblems(jsFiles, inlineScripts, weight.jsGzip))
        else if (jsFiles.length > 0) list.push(`loads JavaScript: ${jsFiles.join(', ')}`)
        if (weight.js > 0 && jsFiles.length === 0 && !carriesSearchScript(page.type)) {
          // The one script allowed: the form's own enhancement, inline, once, where the form is.
          const onlyTheEnhancement = appointmentForm && inlineScripts.length === 1 && inlineScripts[0] === APPOINTMENT_FORM_SCRIPT
          if (!onlyTheEnhancement) {
            list.push(
              appointmentForm
                ? `has ${inlineScripts.length} inline script(s) (${weight.js} bytes) besides or instead of the appointment form's enhancement`
                : `has ${weight.js} bytes of inline JavaScript but no appointment form`,
            )
          }
          if (weight.jsGzip > FORM_JS_GZIP_BUDGET) list.push(`carries ${(weight.jsGzip / 1024).toFixed(1)} KB of gzipped JavaScript, over the ${FORM_JS_GZIP_BUDGET / 1024} KB budget`)
        }
        problems.set(page.sitePath, list)
      }
      expectNoProblems(problems, `page weight (${demoBrand.slug})`)
    })

    test('the thank-you page is built for a brand with the form, and neither linked nor in the sitemap', () => {
      const context = contextFor(demoBrand.slug)
      const expectation = expectationFor('thankYou', snapshotOf(demoBrand.slug))
      const thankYou = PAGE_TYPE_PATTERNS.thankYou
      const file = path.join(context.brandDir, thankYou, 'index.html')
      expect(isFile(file), `${file} ${expectation.expected ? 'is missing' : 'should not be built'}`).toBe(expectation.expected)
      const problems = new Map<string, string[]>()
      for (const [sitePath, references] of referencesByFile(context)) {
        // The page itself may point at its own parts (the skip link).
        if (sitePath === thankYou) continue
        const linking = references.filter((reference) => {
          const destination = destinationOf(reference.url, sitePath, context)
          return destination.kind === 'internal' && destination.sitePath === thankYou
        })
        problems.set(sitePath, linking.map((reference) => `${reference.where} "${reference.url}" points to the thank-you page, which only the CMS sends people to`))
      }
      expectNoProblems(problems, `thank-you page link (${demoBrand.slug})`)
    })

    test('nothing from drafts, other brands or personal data is published', () => {
      const run = readRun()
      const context = contextFor(demoBrand.slug)
      const snapshot = snapshotOf(demoBrand.slug)
      const others = context.otherBrands.map((other) => ({ brand: other, snapshot: snapshotOf(other.slug) }))
      // Contact details of other brands' clinics that this brand does not share.
      const own = new Set(snapshot.clinics.flatMap((clinic) => [clinic.phone, clinic.email ?? '']))
      const foreignContacts = others.flatMap(({ brand, snapshot: other }) =>
        other.clinics.flatMap((clinic) => [clinic.phone, clinic.email ?? ''].filter((value) => value !== '' && !own.has(value)).map((value) => ({ value, brand: brand.slug }))),
      )
      const forbidden: { label: string; test: (text: string) => boolean }[] = [
        ...run.drafts.flatMap((draft) => [
          { label: `the draft article title "${draft.title}"`, test: (text: string) => text.includes(draft.title) },
          ...(draft.seoTitle === null ? [] : [{ label: `the draft's SEO title "${draft.seoTitle}"`, test: (text: string) => text.includes(draft.seoTitle ?? '') }]),
          { label: `the draft article slug "${draft.slug}"`, test: (text: string) => new RegExp(`(^|[^a-z0-9-])${draft.slug}([^a-z0-9-]|$)`).test(text) },
        ]),
        { label: `the demo admin email ${run.demoAdmin.email}`, test: (text) => text.toLowerCase().includes(run.demoAdmin.email.toLowerCase()) },
        { label: 'the demo admin password', test: (text) => text.includes(run.demoAdmin.password) },
        { label: 'the word "password"', test: (text) => /\bpassword\b/i.test(text) },
        ...foreignContacts.map(({ value, brand }) => ({ label: `${brand}'s clinic contact ${value}`, test: (text: string) => text.includes(value) })),
      ]

      const problems = new Map<string, string[]>()
      for (const file of listFiles(context.brandDir).filter((candidate) => TEXT_FILE.test(candidate))) {
        const raw = readFileSync(file, 'utf8')
        const texts = file.endsWith('.html') ? [raw, visibleText(raw)] : [raw]
        problems.set(
          sitePathOf(context.brandDir, file),
          forbidden.filter((rule) => texts.some((text) => rule.test(text))).map((rule) => `contains ${rule.label}`),
        )
      }
      // Links to content: only documents in this brand's snapshot.
      for (const [sitePath, references] of referencesByFile(context)) {
        const list = problems.get(sitePath) ?? []
        for (const reference of references) {
          const destination = destinationOf(reference.url, sitePath, context)
          if (destination.kind === 'problem' && /another brand/.test(destination.problem)) list.push(`${reference.where} "${reference.url}": ${destination.problem}`)
          if (destination.kind !== 'internal') continue
          const type = classifyPath(destination.sitePath)
          const collection = collectionOf(type, snapshot)
          const slug = slugOfPath(destination.sitePath)
          if (collection === undefined || slug === undefined || collection.slugs.has(slug)) continue
          const owner = others.find(({ snapshot: other }) => collectionOf(type, other)?.slugs.has(slug))
          list.push(`${reference.where} "${reference.url}" links to ${collection.name} "${slug}", which is not in this brand's snapshot${owner === undefined ? '' : ` (it is ${owner.brand.slug}'s)`}`)
        }
        problems.set(sitePath, list)
      }
      expectNoProblems(problems, `content leak (${demoBrand.slug})`)
    })
  })
}
