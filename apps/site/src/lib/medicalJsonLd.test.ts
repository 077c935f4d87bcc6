import { describe, expect, it } from 'vitest'
import { articleLd } from './jsonLd'
import {
  articlePageLd,
  comparisonPageLd,
  conditionPageLd,
  ldContext,
  providerPageLd,
  teamPageLd,
  therapyPageLd,
} from './medicalJsonLd'
import { indexSite } from './siteIndex'
import { pageReview } from './team'
import { snapshot } from '../../tests/helpers/fixture'

const siteUrl = 'https://www.harbor-lane-physio.example/'

function fixture() {
  const site = indexSite(snapshot())
  const ctx = ldContext(site.brand, '/')
  const [article] = site.articles
  const maren = site.provider('801')
  const idris = site.provider('802')
  const dryNeedling = site.therapy('201')
  const manual = site.therapy('202')
  const neckPain = site.condition('301')
  const [comparison] = site.comparisons
  if (!article || !maren || !idris || !dryNeedling || !manual || !neckPain || !comparison) throw new Error('fixture changed')
  return { site, ctx, article, maren, idris, dryNeedling, manual, neckPain, comparison }
}

const maren = {
  '@type': 'Person',
  '@id': `${siteUrl}team/maren-okafor/#person`,
  name: 'Maren Okafor',
  honorificSuffix: 'PT, DPT, OCS',
  jobTitle: 'Clinical director',
  url: `${siteUrl}team/maren-okafor/`,
}

describe('medical web pages', () => {
  it('makes an article page a MedicalWebPage with its reviewer, review date and the Article as main entity', () => {
    const { site, ctx, article } = fixture()
    const url = `${siteUrl}articles/${article.slug}/`
    const node = articleLd(article, site.author('401') ?? null, site.brand, siteUrl, url, null)
    const ld = articlePageLd(ctx, { path: `/articles/${article.slug}/`, name: article.title, description: article.excerpt }, node, pageReview(site, article.review))
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      '@id': url,
      url,
      name: 'Dry needling or manual therapy for neck pain?',
      description: article.excerpt,
      inLanguage: 'en-US',
      publisher: { '@id': `${siteUrl}#organization` },
      mainEntity: node,
      reviewedBy: maren,
      lastReviewed: '2026-02-11',
    })
  })

  it('leaves out reviewedBy and lastReviewed for a page without a review', () => {
    const { ctx, manual } = fixture()
    const ld = therapyPageLd(ctx, manual, null)
    expect(ld['@type']).toBe('MedicalWebPage')
    expect(ld).not.toHaveProperty('reviewedBy')
    expect(ld).not.toHaveProperty('lastReviewed')
  })

  it('says a therapy page is about a MedicalTherapy, with who should not have it', () => {
    const { site, ctx, dryNeedling } = fixture()
    const ld = therapyPageLd(ctx, dryNeedling, pageReview(site, dryNeedling.review))
    expect(ld.about).toEqual({
      '@type': 'MedicalTherapy',
      name: 'Dry needling',
      description: dryNeedling.summary,
      url: `${siteUrl}therapies/dry-needling/`,
      contraindication: dryNeedling.contraindications,
    })
    expect(ld).toMatchObject({ reviewedBy: maren, lastReviewed: '2026-01-20' })
  })

  it('says a condition page is about a MedicalCondition with the therapies that help as possible treatments', () => {
    const { site, ctx, neckPain, dryNeedling, manual } = fixture()
    const ld = conditionPageLd(ctx, neckPain, [dryNeedling, manual], pageReview(site, neckPain.review))
    expect(ld.about).toMatchObject({ '@type': 'MedicalCondition', name: 'Neck pain', url: `${siteUrl}conditions/neck-pain/` })
    expect((ld.about as unknown as { possibleTreatment: { name: string }[] }).possibleTreatment.map((therapy) => therapy.name)).toEqual(['Dry needling', 'Manual therapy'])
    expect(ld).toMatchObject({ reviewedBy: { name: 'Idris Calloway' }, lastReviewed: '2025-11-03' })
  })

  it('says a comparison page is about the therapies it compares', () => {
    const { site, ctx, comparison, dryNeedling, manual } = fixture()
    const ld = comparisonPageLd(ctx, comparison, [dryNeedling, manual], pageReview(site, comparison.review))
    expect((ld.about as { '@type': string; name: string }[]).map((about) => `${about['@type']} ${about.name}`)).toEqual(['MedicalTherapy Dry needling', 'MedicalTherapy Manual therapy'])
    expect(ld).toMatchObject({ url: `${siteUrl}compare/dry-needling-vs-manual-therapy/`, reviewedBy: maren, lastReviewed: '2026-02-11' })
  })
})

describe('providerPageLd', () => {
  it('describes the provider as a Person with credentials, languages, workplaces by their clinic pages’ @id, photo and NPI', () => {
    const { site, ctx, maren: provider, dryNeedling, neckPain } = fixture()
    const clinics = site.clinics.filter((clinic) => provider.clinics.includes(clinic.id))
    const ld = providerPageLd(ctx, provider, { clinics, therapies: [dryNeedling], conditions: [neckPain], imageUrl: `${siteUrl}_astro/maren.webp` })
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'ProfilePage', url: `${siteUrl}team/maren-okafor/`, name: 'Maren Okafor, PT, DPT, OCS' })
    expect(ld.mainEntity).toEqual({
      ...maren,
      description: 'Maren treats runners and desk workers and leads the clinic’s dry needling training.',
      image: `${siteUrl}_astro/maren.webp`,
      hasCredential: ['PT', 'DPT', 'OCS'].map((name) => ({ '@type': 'EducationalOccupationalCredential', name })),
      knowsLanguage: ['en', 'es'],
      knowsAbout: ['Dry needling', 'Neck pain'],
      worksFor: [
        { '@type': 'MedicalClinic', '@id': `${siteUrl}locations/tempe/#clinic`, name: 'Harbor Lane Physio Tempe', url: `${siteUrl}locations/tempe/` },
        { '@type': 'MedicalClinic', '@id': `${siteUrl}locations/portland/#clinic`, name: 'Harbor Lane Physio Portland', url: `${siteUrl}locations/portland/` },
      ],
      identifier: { '@type': 'PropertyValue', propertyID: 'NPI', value: '1629384714' },
    })
  })

  it('gives a clinician who practises at no clinic the brand as workplace, and leaves out what they do not have', () => {
    const { ctx, idris } = fixture()
    const ld = providerPageLd(ctx, { ...idris, clinics: [] }, { clinics: [], therapies: [], conditions: [], imageUrl: null })
    const person = ld.mainEntity as Record<string, unknown>
    expect(person.worksFor).toEqual({ '@type': 'MedicalOrganization', '@id': `${siteUrl}#organization`, name: 'Harbor Lane Physio' })
    expect(Object.keys(person).sort()).toEqual(['@id', '@type', 'hasCredential', 'honorificSuffix', 'jobTitle', 'knowsLanguage', 'name', 'url', 'worksFor'])
  })
})

describe('teamPageLd', () => {
  it('is a CollectionPage whose main entity lists every provider once, numbered from 1', () => {
    const { site, ctx } = fixture()
    const ld = teamPageLd(ctx, site.providers, 'Meet the team.')
    expect(ld).toMatchObject({ '@type': 'CollectionPage', url: `${siteUrl}team/`, description: 'Meet the team.' })
    expect(ld.mainEntity).toEqual({
      '@type': 'ItemList',
      numberOfItems: 2,
      itemListElement: [
        { '@type': 'ListItem', position: 1, item: { '@type': 'Person', '@id': `${siteUrl}team/idris-calloway/#person`, name: 'Idris Calloway', honorificSuffix: 'PT', jobTitle: 'Physical therapist', url: `${siteUrl}team/idris-calloway/` } },
        { '@type': 'ListItem', position: 2, item: maren },
      ],
    })
  })
})
