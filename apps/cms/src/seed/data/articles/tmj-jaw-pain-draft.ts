import type { SeedArticle } from '../../types'
import { TAMSIN } from '../authors'
import { MESQUITE } from '../brands'
import { b, h2, i, link, p, ul } from '../rich'
import { ACUPUNCTURE, DRY_NEEDLING, MASSAGE } from '../therapies'

/** A draft: it shows editors that unpublished work never reaches the brand sites. */
export const tmjJawPainDraft: SeedArticle = {
  title: 'DRAFT (work in progress): TMJ jaw pain, what helps',
  slug: 'tmj-jaw-pain-what-helps',
  brands: [MESQUITE],
  author: TAMSIN,
  publishedAt: '2026-04-20T15:00:00.000Z',
  categories: ['Conditions'],
  status: 'draft',
  excerpt: 'Working outline for a patient guide on jaw pain, clenching and the hands-on options we offer. Not ready for publication.',
  heroImage: null,
  relatedTherapies: [MASSAGE, DRY_NEEDLING, ACUPUNCTURE],
  relatedConditions: ['tmj-disorders'],
  faqs: [],
  body: [
    p(
      b('Editor note:'),
      ' first pass only. Still needs a clinical review by Renata, a hero image and a short FAQ block at the end. Word count is below target on purpose; expand each section before publishing.',
    ),
    p(
      'If your jaw clicks when you yawn, aches after a long day or feels tired when you wake up, the muscles you chew with may be working overtime. Jaw pain is more common than most people think, and it often travels: to the ear, the temple or the side of the neck.',
    ),
    h2('What the jaw joint does all day'),
    p(
      'The temporomandibular joint is the hinge just in front of each ear. It opens and closes thousands of times a day for talking, chewing and swallowing. When the muscles around it are tense, often because of clenching or grinding, the joint can become sore and noisy.',
    ),
    h2('Signs to look out for'),
    ul(
      'Pain when chewing tough food',
      'Clicking, popping or a jaw that catches when opening',
      'Headaches around the temples, especially in the morning',
      'Teeth that feel sore without a dental cause',
    ),
    h2('How hands-on care can help'),
    p(
      'Gentle ',
      link('therapies', MASSAGE, 'massage'),
      ' of the chewing muscles and the neck often brings quick relief. For a knot that keeps coming back, ',
      link('therapies', DRY_NEEDLING, 'dry needling'),
      ' of the jaw muscles is an option once your therapist has examined you. Some patients also find ',
      i('acupuncture'),
      ' helps with the stress and sleep side of the problem.',
    ),
    h2('Things to try at home (to be reviewed)'),
    ul(
      'Notice when your teeth touch during the day; at rest, lips together and teeth slightly apart',
      'Choose softer foods for a week and cut food into smaller pieces',
      'Apply a warm cloth to the sides of the face for ten minutes in the evening',
      'Avoid chewing gum and wide yawns while the jaw is sore',
    ),
    h2('Still to write'),
    ul(
      'Section on night guards and when to involve a dentist',
      'Three simple self-care exercises, with photos',
      'Red flags: locked jaw, swelling, pain after an injury',
      'Call to action for the Gilbert clinic',
    ),
    p(
      'Placeholder paragraph for the closing section: summarise the plan, reassure readers that most jaw pain settles with simple care, and invite them to book an assessment.',
    ),
  ],
}
