import { plainText } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import {
  HEADLINE_MAX_LENGTH,
  articleLd,
  breadcrumbLd,
  clinicLd,
  faqPageLd,
  organizationId,
  organizationLd,
  serializeJsonLd,
} from './jsonLd'
import { snapshot } from '../../tests/helpers/fixture'

const siteUrl = 'https://www.harbor-lane-physio.example/'

function fixture() {
  const data = snapshot()
  const [portland, tempe] = data.clinics
  const [article] = data.articles
  const [author] = data.authors
  if (!portland || !tempe || !article || !author) throw new Error('fixture changed: expected 2 clinics, an article and an author')
  return { ...data, portland, tempe, article, author }
}

describe('organizationLd', () => {
  it('describes the brand as a MedicalOrganization with logo, contact and social profiles', () => {
    const { brand } = fixture()
    expect(organizationLd(brand, siteUrl)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalOrganization',
      '@id': 'https://www.harbor-lane-physio.example/#organization',
      name: 'Harbor Lane Physio',
      url: siteUrl,
      description: 'Physical therapy that gets you moving again',
      // schema.org wants a Distance or QuantitativeValue, not a bare number; E37 is the UN/CEFACT code for pixels.
      logo: {
        '@type': 'ImageObject',
        url: 'https://media.harbor-lane-physio.example/logo.jpg',
        width: { '@type': 'QuantitativeValue', value: 1600, unitCode: 'E37', unitText: 'px' },
        height: { '@type': 'QuantitativeValue', value: 900, unitCode: 'E37', unitText: 'px' },
      },
      telephone: '(503) 555-0100',
      email: 'hello@harbor-lane-physio.example',
      sameAs: ['https://social.example/harborlanephysio', 'https://video.example/@harborlanephysio'],
    })
  })

  it('leaves out what the brand does not have, and calls a publication an Organization', () => {
    const { brand } = fixture()
    const ld = organizationLd({ ...brand, kind: 'publication', logo: null, contact: { phone: null, email: null }, socialLinks: [], tagline: '' }, siteUrl)
    expect(ld['@type']).toBe('Organization')
    expect(Object.keys(ld).sort()).toEqual(['@context', '@id', '@type', 'name', 'url'])
  })
})

describe('clinicLd', () => {
  it('gives a MedicalClinic its address, position, contact and parent organization', () => {
    const { portland, brand, therapies } = fixture()
    const url = `${siteUrl}locations/portland/`
    const ld = clinicLd(portland, brand, siteUrl, url, therapies)
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalClinic',
      '@id': `${url}#clinic`,
      name: 'Harbor Lane Physio Portland',
      url,
      telephone: '(503) 555-0142',
      email: 'portland@harbor-lane-physio.example',
      address: {
        '@type': 'PostalAddress',
        streetAddress: '410 Quay Street, Suite 2',
        addressLocality: 'Portland',
        addressRegion: 'OR',
        postalCode: '97209',
        addressCountry: 'US',
      },
      geo: { '@type': 'GeoCoordinates', latitude: 45.529, longitude: -122.681 },
      parentOrganization: { '@id': organizationId(siteUrl) },
      knowsLanguage: ['en', 'es'],
    })
  })

  it('lists one opening-hours entry per open day and leaves out closed days', () => {
    const { tempe, brand, therapies } = fixture()
    const ld = clinicLd(tempe, brand, siteUrl, `${siteUrl}locations/tempe/`, therapies)
    const hours = ld.openingHoursSpecification as unknown as { dayOfWeek: string; opens: string; closes: string }[]
    expect(hours.map((entry) => entry.dayOfWeek)).toEqual(
      ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map((day) => `https://schema.org/${day}`),
    )
    expect(hours[0]).toEqual({ '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '07:30', closes: '17:00' })
    expect(hours[5]).toMatchObject({ opens: '09:00', closes: '13:00' })
    expect(ld).not.toHaveProperty('email')
  })

  it('gives holiday closures and changed hours as special opening hours, a closed day opening and closing at 00:00', () => {
    const { portland, tempe, brand, therapies } = fixture()
    const ld = clinicLd(portland, brand, siteUrl, `${siteUrl}locations/portland/`, therapies)
    expect(ld.specialOpeningHoursSpecification).toEqual([
      { '@type': 'OpeningHoursSpecification', validFrom: '2026-03-09', validThrough: '2026-03-09', opens: '00:00', closes: '00:00' },
      { '@type': 'OpeningHoursSpecification', validFrom: '2026-05-22', validThrough: '2026-05-25', opens: '09:00', closes: '13:00' },
    ])
    // A clinic without any has no empty property.
    expect(clinicLd(tempe, brand, siteUrl, `${siteUrl}locations/tempe/`, therapies)).not.toHaveProperty('specialOpeningHoursSpecification')
  })

  it('lists as services only the therapies the clinic offers in its state', () => {
    const { portland, tempe, brand, therapies } = fixture()
    const names = (ld: { availableService?: unknown }) => (ld.availableService as { '@type': string; name: string }[]).map((s) => `${s['@type']} ${s.name}`)
    // Dry needling is not offered in Oregon, so the Portland clinic only has manual therapy.
    expect(names(clinicLd(portland, brand, siteUrl, `${siteUrl}locations/portland/`, therapies))).toEqual(['MedicalTherapy Manual therapy'])
    expect(names(clinicLd(tempe, brand, siteUrl, `${siteUrl}locations/tempe/`, therapies))).toEqual(['MedicalTherapy Dry needling', 'MedicalTherapy Manual therapy'])
  })

  it('links each service to its page when given a URL builder', () => {
    const { tempe, brand, therapies } = fixture()
    const ld = clinicLd(tempe, brand, siteUrl, `${siteUrl}locations/tempe/`, therapies, (therapy) => `${siteUrl}therapies/${therapy.slug}/`)
    expect((ld.availableService as unknown as { url: string }[]).map((service) => service.url)).toEqual([
      `${siteUrl}therapies/dry-needling/`,
      `${siteUrl}therapies/manual-therapy/`,
    ])
  })
})

describe('articleLd', () => {
  const articleUrl = `${siteUrl}articles/dry-needling-or-manual-therapy-for-neck-pain/`

  it('gives an Article its headline, dates, author (linked to their profile), publisher, image and page', () => {
    const { article, author, brand } = fixture()
    const profile = `${siteUrl}team/maren-okafor/`
    const ld = articleLd(article, author, brand, siteUrl, articleUrl, 'https://media.harbor-lane-physio.example/hero.jpg', profile)
    expect(ld).toEqual({
      '@type': 'Article',
      '@id': `${articleUrl}#article`,
      headline: 'Dry needling or manual therapy for neck pain?',
      alternativeHeadline: 'What each one does, and how to choose',
      description: 'Two hands-on treatments for a stiff, sore neck, and how to choose between them.',
      datePublished: '2026-02-10T09:00:00.000Z',
      dateModified: '2026-02-12T15:45:00.000Z',
      author: { '@type': 'Person', name: 'Maren Okafor', url: profile, jobTitle: 'Clinical director', honorificSuffix: 'PT, DPT' },
      publisher: { '@id': organizationId(siteUrl) },
      image: 'https://media.harbor-lane-physio.example/hero.jpg',
      articleSection: ['Neck and back'],
      url: articleUrl,
      mainEntityOfPage: { '@id': articleUrl },
    })
  })

  it('credits the brand for a house article, uses the SEO description and leaves out a missing image', () => {
    const { article, brand } = fixture()
    const ld = articleLd({ ...article, seo: { ...article.seo, description: 'Which treatment suits a sore neck.' } }, null, brand, siteUrl, articleUrl, null)
    expect(ld.author).toEqual({ '@type': 'MedicalOrganization', '@id': organizationId(siteUrl), name: 'Harbor Lane Physio' })
    expect(ld.description).toBe('Which treatment suits a sore neck.')
    expect(ld).not.toHaveProperty('image')
  })

  it('gives the subtitle as alternativeHeadline, and leaves it out for an article without one', () => {
    const { article, author, brand } = fixture()
    expect(articleLd({ ...article, subtitle: null }, author, brand, siteUrl, articleUrl, null)).not.toHaveProperty('alternativeHeadline')
  })

  it('cuts a long headline at a word to at most 110 characters', () => {
    const { article, author, brand } = fixture()
    const title = 'What to expect from your first physical therapy visit when neck pain has lasted longer than two weeks despite rest'
    expect(title.length).toBeGreaterThan(HEADLINE_MAX_LENGTH)
    const headline = articleLd({ ...article, title }, author, brand, siteUrl, articleUrl, null).headline as string
    expect(headline.length).toBeLessThanOrEqual(HEADLINE_MAX_LENGTH)
    expect(headline).toBe('What to expect from your first physical therapy visit when neck pain has lasted longer than two weeks despite…')
  })
})

describe('faqPageLd', () => {
  it('turns each FAQ into a Question with its accepted Answer', () => {
    const { faqs } = fixture()
    const ld = faqPageLd(faqs, (faq) => plainText(faq.answer).join(' '))
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'Does dry needling hurt?',
          acceptedAnswer: { '@type': 'Answer', text: 'You may feel a brief twitch or ache; most people find it milder than expected.' },
        },
        {
          '@type': 'Question',
          name: 'How many sessions will I need?',
          acceptedAnswer: { '@type': 'Answer', text: 'Many people with neck pain need four to six visits; we review progress at every one.' },
        },
      ],
    })
  })
})

describe('breadcrumbLd', () => {
  it('numbers the crumbs from 1 in order', () => {
    expect(
      breadcrumbLd([
        { name: 'Home', url: siteUrl },
        { name: 'Therapies', url: `${siteUrl}therapies/` },
        { name: 'Dry needling', url: `${siteUrl}therapies/dry-needling/` },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: siteUrl },
        { '@type': 'ListItem', position: 2, name: 'Therapies', item: `${siteUrl}therapies/` },
        { '@type': 'ListItem', position: 3, name: 'Dry needling', item: `${siteUrl}therapies/dry-needling/` },
      ],
    })
  })
})

describe('serializeJsonLd', () => {
  it('cannot close the script element, even when a title tries to', () => {
    const { article, author, brand } = fixture()
    const hostile = { ...article, title: 'Neck pain</script><script>alert("x")</script> & <!-- more' }
    const ld = articleLd(hostile, author, brand, siteUrl, `${siteUrl}articles/x/`, null)
    const json = serializeJsonLd(ld)
    expect(json.toLowerCase()).not.toContain('</script')
    expect(json).not.toMatch(/[<>&]/)
    expect(json).toContain('Neck pain\\u003c/script\\u003e')
    expect(JSON.parse(json)).toEqual(ld)
  })

  it('escapes the line and paragraph separators and round-trips them', () => {
    const value = { text: 'one\u2028two\u2029three' }
    const json = serializeJsonLd(value)
    expect(json).toBe('{"text":"one\\u2028two\\u2029three"}')
    expect(JSON.parse(json)).toEqual(value)
  })

  it('refuses a value JSON cannot represent', () => {
    expect(() => serializeJsonLd(undefined)).toThrow('cannot be written as JSON')
  })
})
