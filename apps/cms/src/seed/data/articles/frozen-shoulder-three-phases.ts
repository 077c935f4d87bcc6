import type { SeedArticle } from '../../types'
import { RENATA } from '../authors'
import { WRENFIELD } from '../brands'
import { b, h2, h3, i, link, p, ul } from '../rich'
import { ACUPUNCTURE, DRY_NEEDLING, MASSAGE } from '../therapies'

export const frozenShoulderThreePhases: SeedArticle = {
  title: 'Frozen shoulder: the three phases',
  slug: 'frozen-shoulder-three-phases',
  brands: [WRENFIELD],
  author: RENATA,
  publishedAt: '2025-01-28T16:00:00.000Z',
  categories: ['Conditions', 'Recovery'],
  status: 'published',
  excerpt:
    'Frozen shoulder is slow, frustrating and, for most people, temporary. Knowing which phase you are in helps you choose the right kind of exercise and set fair expectations.',
  heroImage: null,
  relatedTherapies: [MASSAGE, DRY_NEEDLING, ACUPUNCTURE],
  relatedConditions: ['frozen-shoulder', 'shoulder-impingement'],
  faqs: ['how-long-is-the-first-appointment'],
  body: [
    p(
      'In a ',
      link('conditions', 'frozen-shoulder', 'frozen shoulder'),
      ', the capsule around the joint becomes inflamed, then thick and tight. It often appears without an obvious injury and is more common in people in their forties to sixties and in people with diabetes. Recovery usually takes many months, but the shoulder does tend to improve.',
    ),
    h2('The phases'),
    h3('1. Freezing'),
    p(
      'Pain builds, often worst at night, and the arm gradually loses movement. The aim here is ',
      b('pain control, not stretching hard'),
      '. Gentle movement within comfort keeps the joint from stiffening further.',
    ),
    h3('2. Frozen'),
    p(
      'The pain eases, but the shoulder is stiff, especially when reaching up or behind your back. Stretching can now be a little firmer, and strength work for the shoulder blade begins.',
    ),
    h3('3. Thawing'),
    p('Movement slowly returns. Exercises move toward everyday reaching, lifting and, for some people, sport.'),
    h2('What tends to help at every stage'),
    ul(
      'Short, frequent movement sessions rather than one long one',
      'Heat before exercise to make the shoulder more comfortable',
      'Sleeping with a pillow under the arm to ease night pain',
      [link('therapies', MASSAGE, 'Massage'), ' for the tight muscles around the shoulder and neck'],
      'Keeping your doctor in the loop about pain relief options',
    ),
    p(
      'Your therapist will also rule out look-alikes such as ',
      link('conditions', 'shoulder-impingement', 'shoulder impingement'),
      ', which needs a different plan. Above all, ',
      i('patience pays'),
      ': forcing the joint during the freezing phase usually makes it angrier.',
    ),
  ],
}
