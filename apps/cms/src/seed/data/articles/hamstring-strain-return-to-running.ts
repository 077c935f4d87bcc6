import type { SeedArticle } from '../../types'
import { RENATA } from '../authors'
import { WRENFIELD } from '../brands'
import { b, faqGroup, h2, h3, link, p, ul } from '../rich'
import { DRY_NEEDLING, MASSAGE } from '../therapies'

export const hamstringStrainReturnToRunning: SeedArticle = {
  title: 'Hamstring strain: a return-to-running plan',
  slug: 'hamstring-strain-return-to-running',
  brands: [WRENFIELD],
  author: RENATA,
  publishedAt: '2026-03-24T14:30:00.000Z',
  categories: ['Recovery'],
  status: 'published',
  excerpt:
    'Hamstring strains are notorious for coming back. A staged plan, with clear tests before each step, gets you running again and lowers the chance of a repeat.',
  heroImage: null,
  relatedTherapies: [MASSAGE, DRY_NEEDLING],
  relatedConditions: ['hamstring-strain', 'calf-tightness'],
  faqs: ['how-many-dry-needling-sessions', 'side-effects-after-dry-needling'],
  body: [
    p(
      'A ',
      link('conditions', 'hamstring-strain', 'hamstring strain'),
      ' usually happens at speed: a sprint for the bus, a sudden kick or the last fast stretch of a race. The muscle heals, but it often returns weaker at long lengths, which is exactly where it failed. The plan below is a general outline; ',
      b('your own timeline depends on how bad the strain was'),
      '.',
    ),
    h2('Stages and the tests to pass'),
    h3('Stage 1: settle and activate'),
    ul('Walking without a limp', 'Gentle bridges and isometric holds, pain no more than mild'),
    h3('Stage 2: build strength'),
    ul(
      'Single-leg bridges, hip hinges and slow lowering exercises',
      'Move on when a straight-leg raise feels close to the other side',
    ),
    h3('Stage 3: start running'),
    ul(
      'Walk-jog intervals on flat ground at an easy pace',
      'Move on when you can jog twenty minutes with no pain that night or the next day',
    ),
    h3('Stage 4: speed and sport'),
    ul(
      'Strides that build gradually toward faster running',
      'Sport-specific drills, such as cutting or hills',
      'Return to full training when sprinting feels normal and strength is close to even',
    ),
    h2('How we help'),
    p(
      'Your therapist measures strength, tracks each stage and adjusts the load. ',
      link('therapies', MASSAGE, 'Massage'),
      ' and ',
      link('therapies', DRY_NEEDLING, 'dry needling'),
      ' can ease tightness in the hamstring and calf during the later stages. Keep up one or two strength sessions a week after you are back, because that habit is the best protection against a repeat.',
    ),
    faqGroup('About needling in recovery', 'how-many-dry-needling-sessions', 'side-effects-after-dry-needling'),
  ],
}
