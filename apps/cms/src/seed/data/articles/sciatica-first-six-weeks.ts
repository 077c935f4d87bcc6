import type { SeedArticle } from '../../types'
import { RENATA } from '../authors'
import { WRENFIELD } from '../brands'
import { b, ext, faqGroup, h2, h3, i, img, link, ol, p, ul } from '../rich'
import { ACUPUNCTURE, DRY_NEEDLING, MASSAGE } from '../therapies'

export const sciaticaFirstSixWeeks: SeedArticle = {
  title: 'Sciatica: a realistic guide to the first six weeks',
  slug: 'sciatica-first-six-weeks',
  brands: [WRENFIELD],
  author: RENATA,
  publishedAt: '2025-11-05T15:30:00.000Z',
  categories: ['Recovery', 'Conditions'],
  status: 'published',
  excerpt:
    'Leg pain that starts in your back can be frightening. Most sciatica settles with time and the right movement; here is what recovery usually looks like week by week.',
  heroImage: {
    key: 'hero-sciatica-first-six-weeks',
    alt: 'Abstract sage-green line winding down across a slate-blue background, like a path',
    palette: ['#7fb77e', '#2f4b7c'],
    width: 1600,
    height: 900,
  },
  relatedTherapies: [DRY_NEEDLING, MASSAGE, ACUPUNCTURE],
  relatedConditions: ['sciatica', 'low-back-pain'],
  faqs: ['how-long-is-the-first-appointment', 'how-do-i-request-an-appointment'],
  body: [
    p(
      'Sciatica has a way of taking over your day. Sitting in the car hurts, standing in line hurts, and lying down is not much better. The good news is that ',
      b('most episodes improve substantially within a few weeks'),
      ', and there is a lot you can do to help that along.',
    ),
    h2('What sciatica is, and is not'),
    p(
      'Sciatica is a description, not a diagnosis. It means that the sciatic nerve, which runs from the lower back through the buttock and down the leg, is irritated somewhere along its path. A bulging disc is a common cause, but a narrowed space around the nerve or a tight muscle deep in the buttock can produce similar symptoms.',
    ),
    p(
      'MedlinePlus has a clear, plain-language ',
      ext('https://medlineplus.gov/sciatica.html', 'introduction to sciatica'),
      ' if you would like more background.',
    ),
    h2('Warning signs that need a doctor today'),
    ul(
      'Loss of control of your bladder or bowels',
      'Numbness in the groin or inner thighs',
      'A foot or leg that is getting weaker',
      'Back pain with fever, or after a serious fall',
    ),
    p('If none of these apply, physical therapy is a sensible first step.'),
    h2('A typical recovery, week by week'),
    h3('Weeks 1 and 2: calm it down'),
    p(
      'The nerve is sensitive, so the aim is to find positions and movements that ease the leg pain. Short, frequent walks usually beat long periods of rest. In clinic we use gentle manual therapy and, where appropriate, ',
      link('therapies', MASSAGE, 'massage'),
      ' to settle guarding muscles.',
    ),
    h3('Weeks 3 and 4: move more'),
    p(
      'As the leg pain retreats toward the back, which is a good sign, we add exercises for the hips and trunk. If a tight buttock muscle is part of the problem, ',
      link('therapies', DRY_NEEDLING, 'dry needling'),
      ' can help it release, at locations where it is offered.',
    ),
    img(
      {
        key: 'inline-sciatica-path',
        alt: 'Abstract slate-blue shape with a thin green line running from top to bottom, suggesting a nerve pathway',
        palette: ['#2f4b7c', '#cfe6cf'],
        width: 1200,
        height: 800,
      },
      'Pain that "centralises", moving from the leg back toward the spine, usually means the nerve is calming down.',
    ),
    h3('Weeks 5 and 6: build resilience'),
    p(
      'Now the focus shifts to strength and confidence: lifting, bending and sitting for longer without a flare. We also plan how to handle a bad day, because ',
      i('setbacks are normal'),
      ' and do not mean you are back to square one.',
    ),
    h2('Five habits that help'),
    ol(
      'Get up and move for a couple of minutes every half hour.',
      'Change position before the pain tells you to.',
      'Sleep on your side with a pillow between your knees.',
      'Keep walking, even if the distance is short at first.',
      'Do your home exercises little and often rather than all at once.',
    ),
    p(
      'Dry needling is not available at every Wrenfield location; our article on ',
      link('articles', 'dry-needling-by-state', 'dry needling by state'),
      ' explains where it is offered and what we recommend elsewhere.',
    ),
    faqGroup('Getting started', 'how-long-is-the-first-appointment', 'how-do-i-request-an-appointment'),
  ],
}
