import type { SeedArticle } from '../../types'
import { RENATA } from '../authors'
import { WRENFIELD } from '../brands'
import { b, faqGroup, h2, link, p, ul } from '../rich'
import { DRY_NEEDLING, MASSAGE } from '../therapies'

export const canDryNeedlingHelpTmjPain: SeedArticle = {
  title: 'Can dry needling help TMJ pain?',
  slug: 'can-dry-needling-help-tmj-pain',
  brands: [WRENFIELD],
  author: RENATA,
  publishedAt: '2025-10-07T15:00:00.000Z',
  categories: ['Treatments', 'Conditions'],
  status: 'published',
  excerpt:
    'Jaw pain often comes from overworked chewing muscles rather than the joint itself. When that is the case, needling those muscles can be a useful part of the plan.',
  heroImage: null,
  relatedTherapies: [DRY_NEEDLING, MASSAGE],
  relatedConditions: ['tmj-disorders', 'tension-headaches'],
  faqs: ['who-should-not-have-dry-needling', 'is-dry-needling-offered-in-my-state'],
  body: [
    p(
      'Many ',
      link('conditions', 'tmj-disorders', 'TMJ disorders'),
      ' are really muscle problems. Clenching during the day or grinding at night keeps the chewing muscles working overtime, and knots in those muscles can cause aching around the ear, clicking and headaches at the temples.',
    ),
    h2('What the research and our experience suggest'),
    p(
      'Needling trigger points in the masseter and temporalis muscles can ',
      b('reduce pain and make opening the mouth easier'),
      ' for some people, especially when it is combined with jaw exercises and habit changes. It is not a cure on its own, and it suits muscle pain better than a joint that locks.',
    ),
    h2('What a session involves'),
    ul(
      'An exam of how your jaw opens, closes and moves side to side',
      'A check of your neck and posture, which often feed into jaw pain',
      'A few fine needles placed in the tight chewing muscles, often with a brief twitch',
      'Home exercises and tips on resting the jaw between visits',
    ),
    h2('Things to know first'),
    p(
      'Our therapists screen everyone before needling, and some health conditions rule it out. It is also not available at every location, because the rules vary by state; see ',
      link('articles', 'dry-needling-by-state', 'where we offer dry needling'),
      '. Where it is not an option, ',
      link('therapies', MASSAGE, 'massage'),
      ' of the jaw and neck muscles is a gentle alternative. If your jaw locks, or you have pain after an injury, see your dentist or doctor too.',
    ),
    faqGroup('Before you book', 'who-should-not-have-dry-needling', 'is-dry-needling-offered-in-my-state'),
  ],
}
