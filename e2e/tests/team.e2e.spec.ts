/**
 * The people behind the health information: every demo brand with providers has a team page and
 * a page per provider, which pass axe, fit 360 px, show keyboard focus and link only to pages
 * that exist; their JSON-LD, and that of the reviewed health pages, parses and has what it
 * promises (a `Person` with credentials and workplace; a `MedicalWebPage` with who reviewed it
 * and when); and article pages with a review show the reviewed-by line.
 */
import { AxeBuilder } from '@axe-core/playwright'
import type { BrandSnapshot, MedicalReview } from '@clinic/schema'
import { providerDisplayName } from '@clinic/schema'
import { type Page, expect, test } from '@playwright/test'
import { formatViolations } from '../harness/axe-report'
import { demoBrands } from '../harness/demo-data'
import { focusedElementFacts, hasFocusIndicator, horizontalOverflow } from '../harness/focus-facts'
import { type JsonLdDocument, REQUIRED_PROPERTIES, REVIEWED_PAGE, missingProperties, nodesOfType, objectsOf, parseJsonLd, text, typesOf } from '../harness/json-ld'
import { crawlOf, readRun, snapshotOf } from '../harness/run-file'
import { expectNoProblems, pagesUnderTest } from '../harness/spec-support'

const PHONE = { width: 360, height: 740 }

async function jsonLdOf(page: Page): Promise<JsonLdDocument> {
  return parseJsonLd(await page.locator('script[type="application/ld+json"]').allTextContents())
}

/** The review a page of the snapshot shows: only one whose reviewer is in the snapshot. */
function shownReview(snapshot: BrandSnapshot, review: MedicalReview | null) {
  const provider = review === null ? undefined : snapshot.providers.find((candidate) => candidate.id === review.reviewedBy)
  return review === null || provider === undefined ? null : { provider, lastReviewed: review.lastReviewed }
}

/** The problems of a page's MedicalWebPage, given the review it should carry and the type it should be about. */
function medicalPageProblems(doc: JsonLdDocument, review: ReturnType<typeof shownReview>, aboutType: string | null): string[] {
  const problems = [...doc.errors]
  const webPage = nodesOfType(doc, 'MedicalWebPage')[0]
  if (webPage === undefined) return [...problems, 'has no MedicalWebPage JSON-LD']
  problems.push(...missingProperties(doc, webPage, REQUIRED_PROPERTIES.MedicalWebPage).map((name) => `MedicalWebPage has no ${name}`))
  if (review !== null) {
    problems.push(...missingProperties(doc, webPage, REVIEWED_PAGE).map((name) => `MedicalWebPage of a reviewed page has no ${name}`))
    const reviewer = objectsOf(doc, webPage, 'reviewedBy')[0]
    if (reviewer !== undefined && (!typesOf(reviewer).includes('Person') || text(reviewer, 'name') !== review.provider.name)) {
      problems.push(`reviewedBy is ${JSON.stringify(reviewer)}, expected the Person ${review.provider.name}`)
    }
    if (webPage.lastReviewed !== undefined && webPage.lastReviewed !== review.lastReviewed) problems.push(`lastReviewed is ${String(webPage.lastReviewed)}, expected ${review.lastReviewed}`)
  } else if (webPage.reviewedBy !== undefined) problems.push('MedicalWebPage has reviewedBy, but the page has no review')
  if (aboutType !== null) {
    const about = objectsOf(doc, webPage, 'about').filter((node) => typesOf(node).includes(aboutType))
    if (about.length === 0) problems.push(`MedicalWebPage is not about a ${aboutType}`)
    about.forEach((node) => problems.push(...missingProperties(doc, node, REQUIRED_PROPERTIES.MedicalTherapy).map((name) => `${aboutType} has no ${name}`)))
  }
  return problems
}

for (const demoBrand of demoBrands) {
  test.describe(`${demoBrand.slug} team`, () => {
    test('the team and provider pages pass axe, fit 360 px, show focus and link only to pages that exist', async ({ page }) => {
      test.setTimeout(120_000)
      await page.setViewportSize(PHONE)
      const targets = [...pagesUnderTest(demoBrand.slug, 'team'), ...pagesUnderTest(demoBrand.slug, 'provider')]
      const crawl = crawlOf(demoBrand.slug)
      const known = new Set(crawl.pages.filter((crawled) => crawled.status === 200).map((crawled) => new URL(crawled.url).pathname))
      const problems = new Map<string, string[]>()
      for (const target of targets) {
        const list: string[] = []
        problems.set(target.sitePath, list)
        const response = await page.goto(target.url)
        if (response?.status() !== 200) list.push(`answered ${response?.status()}`)
        const axe = await new AxeBuilder({ page }).analyze()
        if (axe.violations.length > 0) list.push(`axe: ${formatViolations(axe.violations)}`)
        const overflow = await page.evaluate(horizontalOverflow)
        if (overflow.scrollWidth > PHONE.width) list.push(`scrolls sideways at ${PHONE.width} px (${overflow.scrollWidth} px); widest: ${overflow.widest.join(', ')}`)
        if ((await page.locator('script:not([type="application/ld+json"])').count()) > 0) list.push('carries a script')
        // Every link and control of the page, in Tab order, shows where focus is.
        const stops = await page.locator('a[href], button, input, select, textarea, summary').count()
        for (let index = 0; index < stops; index += 1) {
          await page.keyboard.press('Tab')
          const focused = await page.evaluate(focusedElementFacts)
          if (focused !== null && !hasFocusIndicator(focused)) list.push(`<${focused.tag} href="${focused.href ?? ''}"> "${focused.text}" has no focus indicator`)
        }
        const hrefs = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))
        const root = new URL(`${readRun().baseUrl}/${demoBrand.slug}/`)
        for (const href of new Set(hrefs)) {
          const url = new URL(href)
          if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname) || /\.[a-z0-9]+$/i.test(url.pathname)) continue
          if (!known.has(url.pathname)) list.push(`links to ${url.pathname}, which the crawl did not find as a page`)
        }
      }
      expectNoProblems(problems, `team pages (${demoBrand.slug})`)
    })

    test('the header links to the team page', async ({ page }) => {
      const [team] = pagesUnderTest(demoBrand.slug, 'team')
      if (team === undefined) return
      await page.goto(`${readRun().baseUrl}/${demoBrand.slug}/`)
      await expect(page.locator('header nav a', { hasText: /^Team$/ })).toHaveAttribute('href', new URL(team.url).pathname)
    })

    test('the team page lists every provider, and each provider page describes a Person', async ({ page }) => {
      const snapshot = snapshotOf(demoBrand.slug)
      const problems = new Map<string, string[]>()
      const [team] = pagesUnderTest(demoBrand.slug, 'team')
      if (team === undefined) return
      await page.goto(team.url)
      const teamDoc = await jsonLdOf(page)
      const teamProblems = [...teamDoc.errors]
      const collection = nodesOfType(teamDoc, 'CollectionPage')[0]
      if (collection === undefined) teamProblems.push('has no CollectionPage JSON-LD')
      else {
        teamProblems.push(...missingProperties(teamDoc, collection, REQUIRED_PROPERTIES.CollectionPage).map((name) => `CollectionPage has no ${name}`))
        const list = objectsOf(teamDoc, collection, 'mainEntity')[0]
        const people = list === undefined ? [] : objectsOf(teamDoc, list, 'itemListElement').flatMap((item) => objectsOf(teamDoc, item, 'item'))
        const names = people.map((person) => text(person, 'name')).sort()
        const expected = snapshot.providers.map((provider) => provider.name).sort()
        if (JSON.stringify(names) !== JSON.stringify(expected)) teamProblems.push(`the ItemList names ${names.join(', ')}, expected ${expected.join(', ')}`)
      }
      for (const provider of snapshot.providers) {
        if ((await page.locator(`main a[href$="/team/${provider.slug}/"]`).count()) === 0) teamProblems.push(`does not link to ${provider.name}'s page`)
      }
      problems.set(team.sitePath, teamProblems)

      for (const target of pagesUnderTest(demoBrand.slug, 'provider')) {
        await page.goto(target.url)
        const doc = await jsonLdOf(page)
        const list = [...doc.errors]
        problems.set(target.sitePath, list)
        const provider = snapshot.providers.find((candidate) => target.sitePath === `/team/${candidate.slug}/`)
        const person = nodesOfType(doc, 'Person').find((node) => provider !== undefined && text(node, 'name') === provider.name)
        if (provider === undefined || person === undefined) {
          list.push(`has no Person JSON-LD for ${provider?.name ?? 'a provider of the snapshot'}`)
          continue
        }
        list.push(...missingProperties(doc, person, REQUIRED_PROPERTIES.Person).map((name) => `Person has no ${name}`))
        const credentials = objectsOf(doc, person, 'hasCredential').map((credential) => text(credential, 'name'))
        if (JSON.stringify(credentials) !== JSON.stringify(provider.credentials)) list.push(`hasCredential names ${credentials.join(', ')}, expected ${provider.credentials.join(', ')}`)
        // Each workplace is the MedicalClinic node of that clinic's page, by @id.
        const clinicIds = snapshot.clinics.filter((clinic) => provider.clinics.includes(clinic.id)).map((clinic) => `https://${snapshot.brand.domain}/locations/${clinic.slug}/#clinic`)
        const workplaces = objectsOf(doc, person, 'worksFor').map((node) => node['@id'])
        if (clinicIds.length > 0 && JSON.stringify([...workplaces].sort()) !== JSON.stringify([...clinicIds].sort())) list.push(`worksFor ${workplaces.join(', ')}, expected ${clinicIds.join(', ')}`)
        await expect.soft(page.locator('h1'), `${target.sitePath} names the provider with credentials`).toHaveText(providerDisplayName(provider))
      }
      expectNoProblems(problems, `team JSON-LD (${demoBrand.slug})`)
    })

    test('health pages are MedicalWebPages that name their reviewer, and therapy and condition pages say what they are about', async ({ page }) => {
      const snapshot = snapshotOf(demoBrand.slug)
      const problems = new Map<string, string[]>()
      const kinds = [
        { type: 'article', docs: snapshot.articles, about: null },
        { type: 'therapy', docs: snapshot.therapies, about: 'MedicalTherapy' },
        { type: 'condition', docs: snapshot.conditions, about: 'MedicalCondition' },
        { type: 'comparison', docs: snapshot.comparisons, about: 'MedicalTherapy' },
      ] as const
      for (const kind of kinds) {
        for (const target of pagesUnderTest(demoBrand.slug, kind.type)) {
          const doc = kind.docs.find((candidate) => target.sitePath.endsWith(`/${candidate.slug}/`))
          if (doc === undefined) continue
          await page.goto(target.url)
          problems.set(target.sitePath, medicalPageProblems(await jsonLdOf(page), shownReview(snapshot, doc.review), kind.about))
        }
      }
      expectNoProblems(problems, `medical JSON-LD (${demoBrand.slug})`)
    })

    test('article pages with a review show the reviewed-by line, linked to the reviewer', async ({ page }) => {
      const snapshot = snapshotOf(demoBrand.slug)
      const reviewed = snapshot.articles.flatMap((article) => {
        const review = shownReview(snapshot, article.review)
        return review === null ? [] : [{ article, review }]
      })
      test.skip(reviewed.length === 0, `no article of ${demoBrand.slug} has a review by one of its providers`)
      const month = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })
      for (const { article, review } of reviewed) {
        await test.step(article.slug, async () => {
          await page.goto(`${readRun().baseUrl}/${demoBrand.slug}/articles/${article.slug}/`)
          const line = page.locator('main p', { hasText: /^Medically reviewed by / })
          await expect(line).toHaveCount(1)
          await expect(line).toHaveText(`Medically reviewed by ${providerDisplayName(review.provider)} · ${month.format(new Date(`${review.lastReviewed}T00:00:00Z`))}`)
          await expect(line.locator('a')).toHaveAttribute('href', `/${demoBrand.slug}/team/${review.provider.slug}/`)
          await expect(line.locator('time')).toHaveAttribute('datetime', review.lastReviewed)
        })
      }
      const unreviewed = snapshot.articles.find((article) => shownReview(snapshot, article.review) === null)
      if (unreviewed !== undefined) {
        await page.goto(`${readRun().baseUrl}/${demoBrand.slug}/articles/${unreviewed.slug}/`)
        await expect(page.locator('main p', { hasText: /^Medically reviewed by / }), `${unreviewed.slug} has no review`).toHaveCount(0)
      }
    })

    test('on a 360 px phone, the home page shows a clinic with its phone and the booking button on the first screen', async ({ page }) => {
      const snapshot = snapshotOf(demoBrand.slug)
      test.skip(snapshot.clinics.length === 0, `${demoBrand.slug} has no clinics`)
      await page.setViewportSize(PHONE)
      await page.goto(`${readRun().baseUrl}/${demoBrand.slug}/`)
      const firstScreen = async (locator: ReturnType<Page['locator']>) => {
        const box = await locator.boundingBox()
        return box !== null && box.y + box.height <= PHONE.height
      }
      expect(await firstScreen(page.locator('main a[href^="tel:"]').first()), 'the first clinic phone link is on the first screen').toBe(true)
      if (snapshot.brand.acceptsAppointments) expect(await firstScreen(page.locator('main a.button').first()), 'the booking button is on the first screen').toBe(true)
    })
  })
}
