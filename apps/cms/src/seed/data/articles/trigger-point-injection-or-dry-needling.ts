import type { SeedArticle } from '../../types'
import { ELIAS } from '../authors'
import { COBBLESTONE } from '../brands'
import { b, faqGroup, h2, h3, i, link, ol, p, table, ul } from '../rich'
import { DRY_NEEDLING, TRIGGER_POINT_INJECTION } from '../therapies'

export const triggerPointInjectionOrDryNeedling: SeedArticle = {
  title: 'Trigger point injection or dry needling: which is right for a stubborn knot?',
  slug: 'trigger-point-injection-or-dry-needling',
  brands: [COBBLESTONE],
  author: ELIAS,
  publishedAt: '2026-02-17T15:00:00.000Z',
  categories: ['Treatments'],
  status: 'published',
  excerpt:
    'Both treatments put a needle into a tight band of muscle. One injects medicine and one does not. Here is how our team decides which to offer first.',
  heroImage: {
    key: 'hero-trigger-point-injection',
    alt: 'Abstract gold dot at the centre of concentric burgundy rings on a pale background',
    palette: ['#c9a227', '#7a2e3a'],
    width: 1600,
    height: 900,
  },
  relatedTherapies: [TRIGGER_POINT_INJECTION, DRY_NEEDLING],
  relatedConditions: ['neck-pain', 'low-back-pain', 'fibromyalgia'],
  faqs: ['trigger-point-injection-vs-dry-needling', 'who-should-not-have-dry-needling', 'side-effects-after-dry-needling'],
  seo: {
    title: 'Trigger Point Injection vs Dry Needling | Cobblestone Spine, Boston',
  },
  body: [
    p(
      'Some muscle knots let go after a couple of massages and a week of stretching. Others dig in for months. For those stubborn ones, patients at our Boston practice often ask whether they should try ',
      link('therapies', DRY_NEEDLING, 'dry needling'),
      ' or a ',
      link('therapies', TRIGGER_POINT_INJECTION, 'trigger point injection'),
      '. The two are closer relatives than most people realise.',
    ),
    h2('The same target, a different tool'),
    p(
      'A trigger point is a small, tight band inside a muscle that is tender to press and can send pain elsewhere. Both treatments place a needle directly into that band. The difference is what the needle carries.',
    ),
    table(
      ['Feature', 'Dry needling', 'Trigger point injection'],
      ['Needle', 'Solid, very fine', 'Hollow, slightly larger'],
      ['What goes in', 'Nothing', 'A local anesthetic, sometimes with a steroid'],
      ['Who performs it', 'A trained physical therapist or chiropractor', 'A physician or another qualified medical provider'],
      ['Typical session', '15 to 30 minutes, several points', 'Short, often one to a few points'],
      ['Usually tried', 'Early, alongside exercise', 'After other treatments have stalled'],
    ),
    h2('How we decide'),
    p(
      'At Cobblestone, chiropractors, physical therapists and our physiatrist review difficult cases together. As a rule we move ',
      b('from the least invasive option upward'),
      ':',
    ),
    ol(
      'Exercise, posture changes and hands-on care come first.',
      'If a knot keeps returning, we add dry needling to the plan.',
      'If needling has not helped after a fair trial, or the pain blocks you from doing your exercises at all, we discuss an injection with our physician.',
    ),
    p(
      'There are exceptions. Someone who cannot tolerate repeated needling, or who has a single very painful point that is stopping sleep, may be offered an injection sooner.',
    ),
    h2('Who should be careful'),
    h3('With either treatment'),
    ul(
      'Bleeding disorders or blood-thinning medication',
      'An infection at or near the treatment area',
      'First trimester of pregnancy',
    ),
    h3('With injections in particular'),
    ul(
      'Allergy to local anesthetics',
      'Diabetes, because a steroid can raise blood sugar for a few days',
    ),
    p(
      'Active cancer treatment is another reason to avoid dry needling. Always tell us about your medications and health history, even if they seem unrelated.',
    ),
    h2('What recovery looks like'),
    p(
      'After either treatment, expect the area to feel sore or bruised for a day or two. With an injection, the anesthetic may make the spot feel ',
      i('pleasantly numb'),
      ' for an hour or so, which is a good time to do gentle stretches. Neither treatment replaces exercise: both simply create a window in which movement is easier, and you get the most out of that window by using it.',
    ),
    faqGroup('Needles and injections', 'trigger-point-injection-vs-dry-needling', 'who-should-not-have-dry-needling', 'side-effects-after-dry-needling'),
  ],
}
