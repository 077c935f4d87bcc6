import type { SeedArticle } from '../../types'
import { TAMSIN } from '../authors'
import { WRENFIELD } from '../brands'
import { b, faqGroup, h2, link, ol, p, ul } from '../rich'
import { DRY_NEEDLING, MASSAGE } from '../therapies'

export const plantarFasciitisMorningStretches: SeedArticle = {
  title: 'Plantar fasciitis stretches for the morning',
  slug: 'plantar-fasciitis-morning-stretches',
  brands: [WRENFIELD],
  author: TAMSIN,
  publishedAt: '2025-05-13T14:00:00.000Z',
  categories: ['Recovery'],
  status: 'published',
  excerpt:
    'If your first steps out of bed feel like stepping on a stone, a five-minute routine before you stand can take the edge off. Here is the one we teach most often.',
  heroImage: null,
  relatedTherapies: [MASSAGE, DRY_NEEDLING],
  relatedConditions: ['plantar-fasciitis', 'calf-tightness'],
  faqs: ['should-massage-come-before-or-after-needling'],
  body: [
    p(
      'With ',
      link('conditions', 'plantar-fasciitis', 'plantar fasciitis'),
      ', the thick band under your foot tightens overnight. The first load of the day pulls on a sore spot near the heel, which is why mornings are the worst. Warming the foot and calf up ',
      b('before your feet touch the floor'),
      ' makes a real difference.',
    ),
    h2('The five-minute routine'),
    ol(
      'Still lying down, trace the alphabet with each foot to get the ankle moving.',
      'Loop a towel around the ball of your foot and gently pull your toes toward you for thirty seconds. Repeat three times per foot.',
      'Sit on the edge of the bed and roll your arch over a water bottle or ball for one minute.',
      'Cross one foot over your knee, pull your toes back with one hand and massage the arch with the other.',
      'Stand, hold the wall, and do a slow calf stretch with the back knee straight, then bent.',
    ),
    h2('Later in the day'),
    ul(
      'Wear supportive shoes around the house instead of going barefoot on hard floors',
      'Add calf raises on a step once the morning pain starts to settle',
      'Cut back on long walks or runs for a while rather than stopping altogether',
    ),
    p(
      'Tight calves are a frequent partner to heel pain, so ',
      link('conditions', 'calf-tightness', 'calf tightness'),
      ' is worth treating too. If the routine is not enough after a few weeks, a physical therapist can add ',
      link('therapies', MASSAGE, 'massage'),
      ' or ',
      link('therapies', DRY_NEEDLING, 'dry needling'),
      ' for the calf and foot, at locations that offer it.',
    ),
    faqGroup('Combining treatments', 'should-massage-come-before-or-after-needling'),
  ],
}
