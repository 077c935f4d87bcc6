import type { SeedArticle } from '../../types'
import { RENATA } from '../authors'
import { COBBLESTONE, WRENFIELD } from '../brands'
import { DN_VS_ACUPUNCTURE } from '../comparisons'
import { b, comparison, ext, faqGroup, h2, h3, i, link, p, ul } from '../rich'
import { ACUPUNCTURE, DRY_NEEDLING } from '../therapies'

export const dryNeedlingAndAcupunctureExplained: SeedArticle = {
  title: 'Same needles, different ideas: dry needling and acupuncture explained',
  slug: 'dry-needling-and-acupuncture-explained',
  brands: [WRENFIELD, COBBLESTONE],
  author: RENATA,
  publishedAt: '2025-08-12T13:00:00.000Z',
  categories: ['Treatments'],
  status: 'published',
  excerpt:
    'Dry needling and acupuncture use nearly identical needles, yet they come from different traditions and aim at different things. Here is how to tell them apart.',
  heroImage: {
    key: 'hero-dry-needling-and-acupuncture',
    alt: 'Abstract pattern of fine parallel lines in two colours, one set straight and one set curving',
    palette: ['#2f4b7c', '#c9a227'],
    width: 1600,
    height: 900,
  },
  relatedTherapies: [DRY_NEEDLING, ACUPUNCTURE],
  relatedConditions: ['low-back-pain', 'plantar-fasciitis', 'sciatica', 'tension-headaches'],
  faqs: ['how-much-does-acupuncture-cost', 'is-acupuncture-safe', 'trigger-point-injection-vs-dry-needling'],
  seo: {
    title: 'Dry Needling vs Acupuncture: Key Differences Explained',
    description: 'Both use fine needles, but the reasoning, the targets and the practitioners differ. A physical therapist compares dry needling and acupuncture.',
  },
  body: [
    p(
      'Lie face down on a table with a few fine needles in your back, and from the outside nobody could say whether you are having dry needling or acupuncture. The tools are nearly identical. The ',
      i('thinking'),
      ' behind them is not, and that difference shapes everything from where the needles go to who is allowed to place them.',
    ),
    h2('Two different starting points'),
    h3('Dry needling'),
    p(
      'Dry needling grew out of Western anatomy and research into ',
      b('myofascial trigger points'),
      ', the tender bands inside muscles that can cause local and referred pain. The clinician examines you, finds the band by touch and places the needle right into it. Sessions are short, and the needling is part of a physical therapy or chiropractic plan that includes exercise.',
    ),
    h3('Acupuncture'),
    p(
      'Acupuncture belongs to Traditional Chinese Medicine, which describes energy, or ',
      b('qi'),
      ', flowing through channels called meridians. Needles are placed at points along those channels to restore balance, and some of them may be far from where you hurt. The National Center for Complementary and Integrative Health offers a balanced ',
      ext('https://www.nccih.nih.gov/health/acupuncture-what-you-need-to-know', 'summary of what is known about acupuncture'),
      '.',
    ),
    h2('Side by side'),
    comparison(DN_VS_ACUPUNCTURE),
    h2('What a first visit looks like'),
    h3('A dry needling appointment'),
    p(
      'Expect a physical therapy style exam first: questions about when the pain started, tests of how you move and careful pressing on the muscles to find the band that reproduces your pain. Only after you have agreed to the plan does the therapist place a few needles, often moving each one gently until the muscle twitches and relaxes. The needles come out within minutes, and the rest of the session is spent on exercise.',
    ),
    h3('An acupuncture appointment'),
    p(
      'An acupuncturist will usually ask broader questions, about sleep, appetite, digestion, mood and energy, and may look at your tongue or feel your pulse at the wrist. Needles are then placed at a set of points, some of them well away from the sore area, and left in while you rest quietly, often in a dim room. Many people find the session deeply relaxing and some even fall asleep.',
    ),
    h2('Which one for which problem?'),
    p('There is overlap, but in our experience the pattern looks like this:'),
    ul(
      [b('A clear muscular problem'), ' such as a knot in the neck, a tight calf or tennis elbow tends to respond well to dry needling plus exercise.'],
      [b('Pain tangled up with stress or poor sleep'), ' is often where acupuncture earns its place.'],
      [b('Headaches'), ' can go either way: needling for neck trigger points, acupuncture when migraines and stress are part of the picture.'],
      [b('Living in a state where dry needling is not offered'), ' makes acupuncture a natural alternative.'],
    ),
    h2('What about cost?'),
    p(
      'A dry needling session usually runs about $50 to $150, and acupuncture about $70 to $150. Acupuncture visits tend to be longer because the needles stay in place while you rest. Insurance coverage varies for both, so check with your plan.',
    ),
    h2('Can you have both?'),
    p(
      'Yes, as long as your clinicians talk to each other. Most people space them on different days so they can tell which treatment is doing what. If you are curious about a third option, injections into trigger points, see ',
      link('therapies', 'trigger-point-injection', 'our page on trigger point injection'),
      '.',
    ),
    faqGroup('More about needles', 'how-much-does-acupuncture-cost', 'is-acupuncture-safe', 'trigger-point-injection-vs-dry-needling'),
  ],
}
