import type { SeedArticle } from '../../types'
import { RENATA } from '../authors'
import { WRENFIELD } from '../brands'
import { b, faqGroup, h2, h3, i, link, ol, p, quote, table, ul } from '../rich'
import { ACUPUNCTURE, DRY_NEEDLING, MASSAGE } from '../therapies'

export const dryNeedlingByState: SeedArticle = {
  title: 'Where we offer dry needling, and why it depends on your state',
  slug: 'dry-needling-by-state',
  brands: [WRENFIELD],
  author: RENATA,
  publishedAt: '2025-04-22T17:00:00.000Z',
  categories: ['Clinic news', 'Treatments'],
  status: 'published',
  excerpt:
    'Dry needling is available at most Wrenfield locations but not all of them. Here is how state rules shape what we offer, and what we suggest instead.',
  heroImage: {
    key: 'hero-dry-needling-by-state',
    alt: 'Abstract slate-blue tiles with a few sage-green tiles scattered between them, like a simplified map',
    palette: ['#2f4b7c', '#7fb77e'],
    width: 1600,
    height: 900,
  },
  relatedTherapies: [DRY_NEEDLING, ACUPUNCTURE, MASSAGE],
  relatedConditions: ['neck-pain', 'low-back-pain'],
  faqs: ['is-dry-needling-offered-in-my-state', 'what-is-dry-needling', 'trigger-point-injection-vs-dry-needling'],
  seo: {
    title: 'Dry Needling by State: Which Wrenfield Clinics Offer It',
    description: 'State rules decide who may perform dry needling. See which Wrenfield PT locations offer it and what we recommend where it is not available.',
  },
  body: [
    p(
      'One of the most common calls our front desks take goes something like this: ',
      i('"My friend in Denver gets dry needling at Wrenfield. Why can\'t I book it in Portland?"'),
      ' It is a fair question, and the answer has nothing to do with the skill of our therapists and everything to do with state law.',
    ),
    h2('Each state writes its own rules'),
    p(
      'Physical therapy is regulated state by state. Each state decides what counts as physical therapy practice, which techniques a licensed therapist may use and what extra training they need first. Some states clearly allow dry needling by trained physical therapists and chiropractors, some restrict it, and the rules are revised from time to time.',
    ),
    p(
      'Because of that, we do not treat the list below as permanent. We keep it as data on each therapy and review it whenever a state changes its position, so the location pages on this site always reflect what we can offer ',
      b('today'),
      '.',
    ),
    h2('Where things stand at our locations'),
    table(
      ['State', 'Locations', 'Dry needling', 'Good alternatives'],
      ['Colorado', 'Denver Highlands, Fort Collins', 'Offered', '-'],
      ['Texas', 'Austin Mueller', 'Offered', '-'],
      ['Arizona', 'Tucson Sam Hughes', 'Offered', '-'],
      ['Oregon', 'Portland Sellwood', 'Not offered', 'Massage therapy, acupuncture'],
      ['California', 'Sacramento Midtown', 'Not offered', 'Massage therapy, acupuncture, trigger point injection'],
    ),
    p(
      'Across our network we currently do not offer dry needling in California, Hawaii, New York or Oregon. If you live in one of those states, please do not let that stop you from coming in: the treatment is only one tool among many.',
    ),
    h2('What we do instead'),
    h3('Massage and manual therapy'),
    p(
      'Skilled hands reach most of the same muscles, if not quite as deep. Paired with the right exercises, ',
      link('therapies', MASSAGE, 'massage therapy'),
      ' gets excellent results for neck and back pain.',
    ),
    h3('Acupuncture'),
    p(
      'Licensed acupuncturists work at our Portland and Sacramento clinics. Acupuncture follows a different philosophy, which our ',
      link('comparisons', 'dry-needling-vs-acupuncture', 'dry needling vs acupuncture comparison'),
      ' explains, but many patients find it helps with pain, sleep and stress.',
    ),
    h2('How to check before you book'),
    ol(
      'Open the page of the location you want to visit.',
      'Look at the list of therapies; any that are not offered in that state are marked.',
      'If you are unsure, call the clinic and ask for the therapy coordinator.',
    ),
    quote(
      'We would much rather spend two minutes on the phone with you than have you arrive expecting a treatment we cannot give. That is a promise from every Wrenfield front desk.',
    ),
    p('A few reminders that apply everywhere, whatever your state:'),
    ul(
      'Dry needling always requires your informed consent.',
      'It is not advised during the first trimester of pregnancy, with bleeding disorders, during active cancer treatment or near an infection.',
      'It works best as part of a plan that includes exercise.',
    ),
    faqGroup('Dry needling at Wrenfield', 'is-dry-needling-offered-in-my-state', 'what-is-dry-needling', 'trigger-point-injection-vs-dry-needling'),
  ],
}
