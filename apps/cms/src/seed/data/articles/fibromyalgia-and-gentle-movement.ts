import type { SeedArticle } from '../../types'
import { TAMSIN } from '../authors'
import { WRENFIELD } from '../brands'
import { b, faqGroup, h2, i, link, ol, p, ul } from '../rich'
import { ACUPUNCTURE, MASSAGE } from '../therapies'

export const fibromyalgiaAndGentleMovement: SeedArticle = {
  title: 'Fibromyalgia and gentle movement',
  slug: 'fibromyalgia-and-gentle-movement',
  brands: [WRENFIELD],
  author: TAMSIN,
  publishedAt: '2026-01-27T15:00:00.000Z',
  categories: ['Conditions', 'Recovery'],
  status: 'published',
  excerpt:
    'With fibromyalgia, too much activity can bring on a flare and too little leaves you stiffer and more tired. Starting small and building slowly is the way through.',
  heroImage: null,
  relatedTherapies: [MASSAGE, ACUPUNCTURE],
  relatedConditions: ['fibromyalgia'],
  faqs: ['is-acupuncture-safe', 'how-do-i-request-an-appointment'],
  body: [
    p(
      'People living with ',
      link('conditions', 'fibromyalgia', 'fibromyalgia'),
      ' often tell us they have been advised to "exercise more" without anyone explaining how. The nervous system in fibromyalgia turns pain signals up, so the usual approach of pushing through tends to backfire. ',
      b('Gentle, regular and predictable'),
      ' works far better than ambitious.',
    ),
    h2('Finding your starting point'),
    ol(
      'Pick an activity you can do on a bad day, even if it is only five minutes of walking.',
      'Do that amount most days for a week and note how you feel the next morning.',
      'If there is no flare, add a minute or two. If there is, drop back a step.',
      'Keep the increases small; progress over months is still progress.',
    ),
    h2('Kinds of movement that suit many people'),
    ul(
      'Walking on flat ground, split into short bouts',
      'Exercise in a warm pool, where the water supports your weight',
      'Slow stretching or chair-based routines',
      'Light strength work with bands, a couple of days a week',
    ),
    h2('Where hands-on care fits'),
    p(
      'Relaxation-focused ',
      link('therapies', MASSAGE, 'massage'),
      ' with light pressure can ease tension and help some people sleep better. Others find ',
      link('therapies', ACUPUNCTURE, 'acupuncture'),
      ' helpful for pain and rest. Neither replaces movement; they make it easier to keep going.',
    ),
    p(
      'Your therapist will plan around your energy, not a fixed programme. ',
      i('A good session should leave you feeling better, not wiped out'),
      ', and if it does not, tell us so we can adjust.',
    ),
    faqGroup('Questions we hear', 'is-acupuncture-safe', 'how-do-i-request-an-appointment'),
  ],
}
