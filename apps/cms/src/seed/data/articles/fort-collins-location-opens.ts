import type { SeedArticle } from '../../types'
import { WRENFIELD } from '../brands'
import { b, faqGroup, h2, h3, i, link, ol, p, page, table, ul } from '../rich'
import { DRY_NEEDLING, MASSAGE } from '../therapies'

export const fortCollinsLocationOpens: SeedArticle = {
  title: 'Wrenfield PT opens its second Colorado clinic in Fort Collins',
  slug: 'fort-collins-location-opens',
  brands: [WRENFIELD],
  author: null,
  publishedAt: '2026-03-03T16:00:00.000Z',
  categories: ['Clinic news'],
  status: 'published',
  excerpt:
    'Our new Fort Collins clinic on South College Avenue is now seeing patients, with physical therapy, dry needling and massage under one roof and evening hours twice a week.',
  heroImage: {
    key: 'hero-fort-collins-opening',
    alt: 'Abstract sage-green hills under a slate-blue sky, drawn as simple overlapping shapes',
    palette: ['#7fb77e', '#2f4b7c'],
    width: 1600,
    height: 900,
  },
  relatedTherapies: [DRY_NEEDLING, MASSAGE],
  relatedConditions: ['hamstring-strain', 'hip-and-knee-pain'],
  faqs: ['how-do-i-request-an-appointment', 'what-to-wear-to-your-first-visit'],
  seo: {
    description: 'Wrenfield PT Fort Collins is open on South College Avenue: physical therapy, dry needling and massage, with evening appointments on Tuesdays and Thursdays.',
  },
  body: [
    p(
      'After two busy years in Denver Highlands, we are delighted to open a second Colorado location. ',
      b('Wrenfield PT Fort Collins'),
      ' welcomed its first patients this week, and the team is already fielding questions from runners, cyclists and a good number of people who simply want to garden without a sore back.',
    ),
    h2('Why Fort Collins'),
    p(
      'Many of our Denver patients were driving more than an hour each way for their appointments. That is a long trip for a forty-minute session, and long drives are not kind to a stiff back or a healing hamstring. A clinic closer to home makes it easier to stick with a plan, and sticking with the plan is what gets results.',
    ),
    h2('What you will find there'),
    ul(
      'Orthopedic and sports physical therapy for adults and teens',
      [link('therapies', DRY_NEEDLING, 'Dry needling'), ' by therapists with additional certification'],
      [link('therapies', MASSAGE, 'Massage therapy'), ' with two licensed massage therapists'],
      'A small gym area for strength and return-to-running work',
      'Step-free entrance and parking right outside',
    ),
    h3('Opening hours'),
    table(
      ['Day', 'Hours'],
      ['Monday, Wednesday', '8:00 am to 5:00 pm'],
      ['Tuesday, Thursday', '8:00 am to 7:00 pm'],
      ['Friday', '8:00 am to 4:00 pm'],
      ['Saturday, Sunday', 'Closed'],
    ),
    p(
      'The later finish on Tuesdays and Thursdays is for people who cannot leave work early. If you need a Saturday visit, our Denver Highlands clinic is open Saturday mornings.',
    ),
    h2('Meet the team'),
    p(
      'The clinic is led by a physical therapist who grew up in northern Colorado and spent the last six years treating trail runners and climbers. She is joined by a second therapist, two massage therapists and a front-desk coordinator who ',
      i('will'),
      ' learn your name by your second visit.',
    ),
    h2('How to book your first visit'),
    ol(
      ['Use the appointment request form on the Fort Collins page, which you find among ', page('locations', 'our locations'), '.'],
      'Tell us briefly what is bothering you and which times suit you.',
      'You will see a confirmation straight away, and we will call you within one business day to settle on a time.',
    ),
    p(
      'Prefer to talk to someone? Call the clinic during opening hours. If you are not sure whether needling is right for you, our article on ',
      link('articles', 'dry-needling-by-state', 'where we offer dry needling'),
      ' covers the basics and who should avoid it.',
    ),
    h2('A thank-you'),
    p(
      'Opening a clinic takes more than paint and equipment. Thank you to our neighbours on South College for their patience during the build-out, and to the Denver patients who told us, again and again, that Fort Collins needed a Wrenfield. We hope to see you soon.',
    ),
    faqGroup('Before your first visit', 'how-do-i-request-an-appointment', 'what-to-wear-to-your-first-visit'),
  ],
}
