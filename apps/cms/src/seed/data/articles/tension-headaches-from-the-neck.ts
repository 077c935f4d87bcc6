import type { SeedArticle } from '../../types'
import { RENATA } from '../authors'
import { WRENFIELD } from '../brands'
import { b, faqGroup, h2, link, ol, p, ul } from '../rich'
import { ACUPUNCTURE, DRY_NEEDLING, MASSAGE } from '../therapies'

export const tensionHeadachesFromTheNeck: SeedArticle = {
  title: 'Tension headaches from the neck: what helps',
  slug: 'tension-headaches-from-the-neck',
  brands: [WRENFIELD],
  author: RENATA,
  publishedAt: '2024-06-04T14:00:00.000Z',
  categories: ['Conditions'],
  status: 'published',
  excerpt:
    'A headache that builds through the afternoon and wraps around your head like a band often starts in the neck. These are the changes and treatments that tend to help.',
  heroImage: null,
  relatedTherapies: [DRY_NEEDLING, MASSAGE, ACUPUNCTURE],
  relatedConditions: ['tension-headaches', 'neck-pain'],
  faqs: ['does-dry-needling-hurt', 'what-is-dry-needling'],
  body: [
    p(
      'Tight muscles at the top of the shoulders and just below the skull can refer pain up into the temples, the forehead or behind the eyes. That is why a ',
      link('conditions', 'tension-headaches', 'tension headache'),
      ' so often arrives after a long day at a screen, a stressful week or a poor night of sleep.',
    ),
    h2('Clues that the neck is involved'),
    ul(
      'The pain feels like pressure or a tight band rather than a throb',
      'Your neck and shoulders are sore when you press on them',
      'The headache gets worse as the working day goes on',
      'Turning your head feels stiff on one side',
    ),
    h2('What you can do today'),
    ol(
      'Raise your screen so the top line of text sits near eye level.',
      'Set a reminder to stand, roll your shoulders and look into the distance every half hour.',
      'Try a gentle chin tuck: glide your head straight back, hold for five seconds, repeat ten times.',
      'Drink water regularly and avoid skipping meals, both common headache triggers.',
    ),
    h2('How we treat it in clinic'),
    p(
      'Your therapist checks how your neck moves and finds the muscles that reproduce your headache. ',
      link('therapies', MASSAGE, 'Massage'),
      ' and ',
      link('therapies', DRY_NEEDLING, 'dry needling'),
      ' can ease those trigger points, and a short strengthening routine helps keep them quiet. Some people also find ',
      link('therapies', ACUPUNCTURE, 'acupuncture'),
      ' useful alongside exercise.',
    ),
    p(
      b('See a doctor first'),
      ' if a headache is sudden and severe, follows a head injury, or comes with fever, confusion, weakness or changes in your vision.',
    ),
    faqGroup('About needling for headaches', 'what-is-dry-needling', 'does-dry-needling-hurt'),
  ],
}
