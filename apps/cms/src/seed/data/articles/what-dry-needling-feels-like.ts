import type { SeedArticle } from '../../types'
import { MESQUITE } from '../brands'
import { RENATA } from '../authors'
import { b, faqGroup, h2, h3, i, img, link, ol, p, ul } from '../rich'
import { DRY_NEEDLING } from '../therapies'

export const whatDryNeedlingFeelsLike: SeedArticle = {
  title: 'What dry needling actually feels like, step by step',
  slug: 'what-dry-needling-feels-like',
  brands: [MESQUITE],
  author: RENATA,
  publishedAt: '2025-03-18T15:00:00.000Z',
  categories: ['Treatments'],
  status: 'published',
  excerpt:
    'Nervous about your first dry needling session? Here is an honest walk-through of every stage, from the consent form to the soreness the next morning.',
  heroImage: {
    key: 'hero-what-dry-needling-feels-like',
    alt: 'Abstract teal and sand shapes suggesting a calm treatment room',
    palette: ['#1d5c63', '#e8d9bf'],
    width: 1600,
    height: 900,
  },
  relatedTherapies: [DRY_NEEDLING],
  relatedConditions: ['neck-pain', 'low-back-pain'],
  faqs: ['does-dry-needling-hurt', 'what-is-a-twitch-response', 'side-effects-after-dry-needling'],
  seo: {
    title: 'What Dry Needling Feels Like | Mesquite Ridge PT, Gilbert AZ',
    description: 'A physical therapist walks through a first dry needling session in plain words: the pinch, the twitch, the ache, and what to do afterwards.',
  },
  body: [
    p(
      'Almost every patient who hears the words "dry needling" for the first time asks the same thing: ',
      i('will it hurt?'),
      ' The honest answer is that it feels strange more than painful, and knowing what comes next takes away most of the worry. This is how a first session runs at our Gilbert clinic.',
    ),
    h2('Before the first needle'),
    p('Needles are never the first thing that happens. A session begins with conversation and an exam, because the goal is to find the right muscle, not to needle every sore spot.'),
    ol(
      'We ask about your pain, your health history and any medication, especially blood thinners.',
      'We check how you move and press on the muscles to find tight, tender bands.',
      'We explain which muscles we plan to treat and why, and you sign a consent form.',
      'You get comfortable on the table with the area uncovered, and the skin is cleaned.',
    ),
    p(
      'If you are in the first trimester of pregnancy, have a bleeding disorder, are in active cancer treatment or have an infection near the area, we will choose a different treatment. You can read the full list on our ',
      link('therapies', DRY_NEEDLING, 'dry needling page'),
      '.',
    ),
    h2('What you actually feel'),
    h3('The tap'),
    p(
      'The needles are ',
      b('far thinner than the ones used for shots'),
      ' and they are solid, so there is no cutting edge. A small guide tube helps the needle through the skin with a light tap. Many people say they barely notice it.',
    ),
    h3('The twitch'),
    p(
      'When the needle reaches a trigger point, the muscle may jump. This ',
      b('local twitch response'),
      ' lasts a fraction of a second and can feel like a cramp letting go. It is a good sign that we found the right spot, but a session can work perfectly well without one.',
    ),
    h3('The deep ache'),
    p(
      'Around the knot you may feel a dull, heavy ache, sometimes in the place where your pain usually shows up. That recognition is useful information for us. If the ache is too strong, say so and we will adjust.',
    ),
    img(
      {
        key: 'inline-needle-scale',
        alt: 'Abstract drawing of a thin line beside a thicker one, hinting at the difference between a needling needle and an injection needle',
        palette: ['#1e2a2f', '#e0a458'],
        width: 1200,
        height: 675,
      },
      'Dry needling uses solid filiform needles that are much finer than a typical injection needle.',
    ),
    h2('The next day or two'),
    p('Most people walk out moving more freely. Later that day, expect some of the following:'),
    ul(
      'Soreness similar to a hard gym session, usually gone within 48 hours',
      'A small bruise or two',
      'Feeling more tired than usual that evening',
    ),
    p(
      'Drink water, keep moving gently and do the home exercises we give you, because needling opens a window and exercise is what keeps it open. Warmth, redness or swelling at a needle site is rare, but call us if you notice it.',
    ),
    h2('How many visits?'),
    p(
      'Some patients feel a clear change after one visit; stubborn, months-old problems usually need a handful. We re-check at every session and stop needling once it no longer adds anything. If you would rather compare options first, our ',
      link('articles', 'dry-needling-vs-massage-which-first', 'guide to dry needling and massage'),
      ' explains how the two fit together.',
    ),
    faqGroup('Questions patients ask us', 'does-dry-needling-hurt', 'what-is-a-twitch-response', 'side-effects-after-dry-needling'),
  ],
}
