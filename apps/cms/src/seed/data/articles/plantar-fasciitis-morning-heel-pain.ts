import type { SeedArticle } from '../../types'
import { RENATA } from '../authors'
import { MESQUITE } from '../brands'
import { b, ext, faqGroup, h2, h3, i, link, ol, p, table, ul } from '../rich'
import { DRY_NEEDLING, MASSAGE } from '../therapies'

export const plantarFasciitisMorningHeelPain: SeedArticle = {
  title: 'Plantar fasciitis: why your first steps hurt and what to do about it',
  slug: 'plantar-fasciitis-morning-heel-pain',
  brands: [MESQUITE],
  author: RENATA,
  publishedAt: '2025-09-02T14:00:00.000Z',
  categories: ['Conditions', 'Recovery'],
  status: 'published',
  excerpt:
    'That stabbing heel pain as you get out of bed has a simple explanation. Learn what is going on under your foot and the six-week plan we use in clinic.',
  heroImage: {
    key: 'hero-plantar-fasciitis',
    alt: 'Abstract sand-coloured arch over a band of teal, loosely evoking the curve of a foot',
    palette: ['#e8d9bf', '#1d5c63'],
    width: 1600,
    height: 900,
  },
  relatedTherapies: [DRY_NEEDLING, MASSAGE],
  relatedConditions: ['plantar-fasciitis', 'calf-tightness'],
  faqs: ['how-many-dry-needling-sessions', 'what-to-wear-to-your-first-visit'],
  body: [
    p(
      'If your first few steps in the morning feel like stepping on a pebble that is not there, you are in good company. Heel pain is one of the most common reasons people in Gilbert walk through our door, especially once the weather warms up and everyone starts hiking and running again.',
    ),
    h2('What is going on under your foot'),
    p(
      'The ',
      b('plantar fascia'),
      ' is a thick band of connective tissue that runs from the heel to the toes and supports the arch. When it is overloaded, the spot where it attaches to the heel becomes irritated. Overnight the tissue shortens slightly; the first steps stretch it suddenly, and it complains.',
    ),
    p('Common contributors include:'),
    ul(
      'Tight calf muscles that pull on the heel from above',
      'A sudden jump in walking, running or standing time',
      'Worn-out shoes or long days barefoot on hard floors',
      'Weak muscles inside the foot that leave the fascia doing all the work',
    ),
    p(
      'For a plain overview of foot problems in general, MedlinePlus keeps a useful ',
      ext('https://medlineplus.gov/footinjuriesanddisorders.html', 'page on foot injuries and disorders'),
      '.',
    ),
    h2('Our six-week plan'),
    p(
      'Every foot is different, but most of our patients follow a plan close to this one. The aim is to calm the heel first, then make the whole lower leg strong enough that the pain does not come back.',
    ),
    table(
      ['Weeks', 'Focus', 'In clinic', 'At home'],
      ['1 to 2', 'Calm the heel', 'Calf and foot massage, dry needling of tight calf muscles', 'Gentle calf stretches, rolling the arch on a ball'],
      ['3 to 4', 'Load the tissue', 'Needling as needed, progressive strength work', 'Slow heel raises, towel scrunches'],
      ['5 to 6', 'Back to normal', 'Check walking and running form', 'Single-leg heel raises, gradual return to longer walks'],
    ),
    h3('Why we needle the calf'),
    p(
      'Trigger points in the calf muscles can keep the fascia under constant tension. Releasing them with ',
      link('therapies', DRY_NEEDLING, 'dry needling'),
      ' often makes the morning pain ease faster, and it lets patients do their strength exercises with less discomfort. It is ',
      i('one part'),
      ' of the plan, never the whole plan.',
    ),
    h2('Three things to try tonight'),
    ol(
      'Before getting out of bed, pull your toes towards you ten times to wake up the fascia.',
      'Keep supportive shoes by the bed so your first steps are not barefoot on tile.',
      'Roll the arch of your foot over a frozen water bottle for five minutes in the evening.',
    ),
    h2('When to see us'),
    p(
      'Book an assessment if the pain has lasted more than two or three weeks, if it is changing the way you walk, or if it wakes you at night. See a doctor promptly for heel pain after a fall, swelling with redness and warmth, or numbness in the foot.',
    ),
    p(
      'Wondering how needling and massage compare for heel pain? Our ',
      link('comparisons', 'dry-needling-vs-massage', 'side-by-side comparison'),
      ' has a section on exactly that.',
    ),
    faqGroup('Heel pain questions', 'how-many-dry-needling-sessions', 'what-to-wear-to-your-first-visit'),
  ],
}
