/**
 * The SEO rules every page of a brand site must meet, as a pure function from what the
 * browser saw to a list of problems (empty when the page is fine).
 */
import type { BrandSnapshot } from '@clinic/schema'
import { type JsonLdDocument, type JsonLdNode, nodesOfType, numeric, objectsOf, parseJsonLd, text } from './json-ld'
import { type PageFacts, SOCIAL_KEYS } from './page-facts'
import { type PageType, slugOfPath } from 'site/testing'
import { articleHasFaqs } from './page-types'
import { carriesSearchScript } from './search-page'

export interface SeoContext {
  type: PageType | 'other'
  /** Path relative to the brand's root (`/articles/x/`). */
  sitePath: string
  snapshot: BrandSnapshot
}

/** Schema.org types accepted as an article (Article and the subtypes search engines document). */
const ARTICLE_TYPES = ['Article', 'BlogPosting', 'NewsArticle', 'MedicalScholarlyArticle']

const isDate = (value: string | undefined) => value !== undefined && Number.isFinite(Date.parse(value))
const digits = (value: string) => value.replace(/\D/g, '')

function checkCanonical(facts: PageFacts, context: SeoContext, problems: string[]): string | undefined {
  if (facts.canonicals.length !== 1) {
    problems.push(`has ${facts.canonicals.length} <link rel="canonical"> elements, expected 1`)
    return undefined
  }
  const href = facts.canonicals[0] ?? ''
  const expected = `https://${context.snapshot.brand.domain}${context.sitePath}`
  let url: URL
  try {
    url = new URL(href)
  } catch {
    problems.push(`canonical "${href}" is not an absolute URL (expected ${expected})`)
    return undefined
  }
  if (url.href !== expected) problems.push(`canonical is ${href}, expected ${expected} (https, the brand's domain, no local base path)`)
  return href
}

function checkSocial(facts: PageFacts, canonical: string | undefined, problems: string[]): void {
  for (const key of SOCIAL_KEYS) {
    const values = facts.social[key] ?? []
    if (values.length !== 1 || (values[0] ?? '').trim() === '') problems.push(`needs exactly one non-empty ${key} meta tag, found ${JSON.stringify(values)}`)
  }
  const ogUrl = facts.social['og:url']?.[0]
  if (canonical !== undefined && ogUrl !== undefined && ogUrl !== canonical) problems.push(`og:url ${ogUrl} differs from the canonical ${canonical}`)
}

function checkOrganization(doc: JsonLdDocument, snapshot: BrandSnapshot, problems: string[]): void {
  const organization = nodesOfType(doc, 'MedicalOrganization')[0]
  if (organization === undefined) {
    problems.push('has no MedicalOrganization JSON-LD')
    return
  }
  if (text(organization, 'name') !== snapshot.brand.name) problems.push(`MedicalOrganization name is ${JSON.stringify(organization.name)}, expected "${snapshot.brand.name}"`)
  const url = text(organization, 'url')
  if (url === undefined || !url.startsWith(`https://${snapshot.brand.domain}/`)) problems.push(`MedicalOrganization url is ${JSON.stringify(organization.url)}, expected https://${snapshot.brand.domain}/…`)
}

function checkClinic(doc: JsonLdDocument, context: SeoContext, problems: string[]): void {
  const clinic = context.snapshot.clinics.find((candidate) => candidate.slug === slugOfPath(context.sitePath))
  const nodes = nodesOfType(doc, 'MedicalClinic')
  const node = nodes.find((candidate) => clinic !== undefined && candidate.name === clinic.name) ?? nodes[0]
  if (node === undefined) {
    problems.push('has no MedicalClinic JSON-LD')
    return
  }
  const address = objectsOf(doc, node, 'address')[0]
  for (const field of ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode']) {
    if (text(address, field) === undefined) problems.push(`MedicalClinic address has no ${field}`)
  }
  if (clinic !== undefined && address !== undefined) {
    if (text(address, 'postalCode') !== undefined && address.postalCode !== clinic.address.postalCode) problems.push(`MedicalClinic postalCode ${String(address.postalCode)} is not the clinic's ${clinic.address.postalCode}`)
    if (text(address, 'addressRegion') !== undefined && address.addressRegion !== clinic.address.state) problems.push(`MedicalClinic addressRegion ${String(address.addressRegion)} is not the clinic's ${clinic.address.state}`)
  }
  const geo = objectsOf(doc, node, 'geo')[0]
  const latitude = numeric(geo, 'latitude')
  const longitude = numeric(geo, 'longitude')
  if (latitude === undefined || longitude === undefined) problems.push('MedicalClinic geo needs numeric latitude and longitude')
  else if (clinic !== undefined && (Math.abs(latitude - clinic.geo.lat) > 1e-6 || Math.abs(longitude - clinic.geo.lng) > 1e-6)) {
    problems.push(`MedicalClinic geo ${latitude},${longitude} is not the clinic's ${clinic.geo.lat},${clinic.geo.lng}`)
  }
  const telephone = text(node, 'telephone')
  if (telephone === undefined) problems.push('MedicalClinic has no telephone')
  else if (clinic !== undefined && !digits(telephone).endsWith(digits(clinic.phone))) problems.push(`MedicalClinic telephone ${telephone} is not the clinic's ${clinic.phone}`)
  const hours = node.openingHoursSpecification
  if (!Array.isArray(hours) || hours.length === 0) problems.push('MedicalClinic has no openingHoursSpecification')
  const parent = [...objectsOf(doc, node, 'parentOrganization'), ...objectsOf(doc, node, 'brand')]
  if (!parent.some((organization) => text(organization, '@id') !== undefined || text(organization, 'url') !== undefined)) {
    problems.push('MedicalClinic does not link to the brand (parentOrganization or brand with @id or url)')
  }
}

function checkArticle(doc: JsonLdDocument, problems: string[]): void {
  const article = nodesOfType(doc, ...ARTICLE_TYPES)[0]
  if (article === undefined) {
    problems.push(`has no Article JSON-LD (@type one of ${ARTICLE_TYPES.join(', ')})`)
    return
  }
  if (text(article, 'headline') === undefined) problems.push('Article has no headline')
  const authors = objectsOf(doc, article, 'author')
  if (authors.length === 0 || authors.some((author) => text(author, 'name') === undefined)) problems.push('Article needs an author with a name')
  for (const field of ['datePublished', 'dateModified']) {
    if (!isDate(text(article, field))) problems.push(`Article ${field} is ${JSON.stringify(article[field])}, expected an ISO date`)
  }
}

function checkFaqPage(doc: JsonLdDocument, problems: string[]): void {
  const faqPage = nodesOfType(doc, 'FAQPage')[0]
  if (faqPage === undefined) {
    problems.push('has no FAQPage JSON-LD')
    return
  }
  const questions = objectsOf(doc, faqPage, 'mainEntity')
  if (questions.length === 0) problems.push('FAQPage has no mainEntity questions')
  questions.forEach((question: JsonLdNode, index) => {
    const answer = objectsOf(doc, question, 'acceptedAnswer')[0]
    if (question['@type'] !== 'Question' || text(question, 'name') === undefined || text(answer, 'text') === undefined) {
      problems.push(`FAQPage mainEntity ${index + 1} needs @type Question, a name and acceptedAnswer.text`)
    }
  })
}

function checkBreadcrumbs(doc: JsonLdDocument, problems: string[]): void {
  const list = nodesOfType(doc, 'BreadcrumbList')[0]
  if (list === undefined) {
    problems.push('has no BreadcrumbList JSON-LD')
    return
  }
  const items = objectsOf(doc, list, 'itemListElement')
  if (items.length < 2) problems.push(`BreadcrumbList has ${items.length} item(s), expected at least 2`)
  items.forEach((item, index) => {
    const name = text(item, 'name') ?? text(objectsOf(doc, item, 'item')[0], 'name')
    if (numeric(item, 'position') === undefined || name === undefined) problems.push(`BreadcrumbList item ${index + 1} needs a position and a name`)
  })
}

/** Every SEO problem of one page. */
export function seoProblems(facts: PageFacts, context: SeoContext): string[] {
  const problems: string[] = []
  if (facts.lang.trim() === '') problems.push('<html> has no lang')
  if (facts.h1.length !== 1) problems.push(`has ${facts.h1.length} <h1> elements, expected 1${facts.h1.length > 0 ? `: ${JSON.stringify(facts.h1)}` : ''}`)
  const first = facts.firstFocusable
  if (first === null) problems.push('has no focusable element, so no skip link')
  else if (first.tag !== 'a' || first.href === null || !first.href.startsWith('#') || first.href.length < 2) {
    problems.push(`the first focusable element is <${first.tag}${first.href === null ? '' : ` href="${first.href}"`}> "${first.text.slice(0, 40)}", not a skip link (<a href="#main">)`)
  } else if (first.targetExists !== true) problems.push(`the skip link points to ${first.href}, but no element has that id`)
  if (facts.title === '') problems.push('has an empty <title>')
  if (facts.descriptions.length !== 1 || (facts.descriptions[0] ?? '').trim() === '') problems.push(`needs exactly one non-empty meta description, found ${JSON.stringify(facts.descriptions)}`)
  const scripts = facts.scripts.filter((script) => script.type !== 'application/ld+json')
  // The one exception to "no JavaScript": the appointment form's inline enhancement, on pages with the form.
  const enhancement = facts.appointmentForms > 0 && scripts.length === 1 && scripts[0]?.type === 'module' && scripts[0].src === ''
  // And the search page's own module script file (harness/search-page.ts).
  const search = carriesSearchScript(context.type) && scripts.length === 1 && scripts[0]?.type === 'module' && scripts[0].src !== ''
  const describe = (list: typeof scripts) => list.map((script) => `<script${script.type ? ` type="${script.type}"` : ''}${script.src ? ` src="${script.src}"` : ''}>`).join(', ')
  if (scripts.length > 0 && !enhancement && !search) {
    problems.push(
      facts.appointmentForms > 0
        ? `has script elements besides JSON-LD and the form's one inline module script: ${describe(scripts)}`
        : `has script elements other than JSON-LD: ${describe(scripts)}`,
    )
  }

  const doc = parseJsonLd(facts.jsonLd)
  problems.push(...doc.errors)
  // The 404 and thank-you pages are not indexed: no canonical, social tags or breadcrumbs are expected.
  if (context.type === 'thankYou') {
    if (!facts.robots.some((content) => /\bnoindex\b/.test(content))) problems.push(`is not marked noindex (robots meta: ${JSON.stringify(facts.robots)})`)
    if (facts.canonicals.length > 0) problems.push(`has a canonical URL (${facts.canonicals.join(', ')}), but is noindex`)
  }
  if (context.type === 'notFound' || context.type === 'thankYou') return problems

  const canonical = checkCanonical(facts, context, problems)
  checkSocial(facts, canonical, problems)
  if (context.type === 'home') checkOrganization(doc, context.snapshot, problems)
  else checkBreadcrumbs(doc, problems)
  if (context.type === 'location') checkClinic(doc, context, problems)
  if (context.type === 'article') checkArticle(doc, problems)
  const articleSlug = slugOfPath(context.sitePath)
  if (context.type === 'faq' || (context.type === 'article' && articleSlug !== undefined && articleHasFaqs(context.snapshot, articleSlug))) checkFaqPage(doc, problems)
  return problems
}
