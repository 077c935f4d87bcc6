import type { SeedArticle } from '../../types'
import { TAMSIN } from '../authors'
import { MESQUITE } from '../brands'
import { DN_VS_MASSAGE } from '../comparisons'
import { b, comparison, faqGroup, h2, h3, i, link, p, table, ul } from '../rich'
import { DRY_NEEDLING, MASSAGE } from '../therapies'

export const dryNeedlingVsMassageWhichFirst: SeedArticle = {
  title: 'Dry needling or massage? How to pick, and why you may not have to',
  slug: 'dry-needling-vs-massage-which-first',
  subtitle: 'A massage therapist on where each one shines',
  brands: [MESQUITE],
  author: TAMSIN,
  publishedAt: '2025-06-10T16:30:00.000Z',
  categories: ['Treatments'],
  status: 'published',
  excerpt:
    'Massage and dry needling both go after tight muscles. A massage therapist explains where each one shines and how we combine them in a single visit.',
  heroImage: {
    key: 'hero-dry-needling-vs-massage',
    alt: 'Abstract amber and deep teal curves meeting in the middle, suggesting two approaches side by side',
    palette: ['#e0a458', '#1d5c63'],
    width: 1600,
    height: 900,
  },
  relatedTherapies: [DRY_NEEDLING, MASSAGE],
  relatedConditions: ['plantar-fasciitis', 'low-back-pain', 'sciatica'],
  faqs: ['should-massage-come-before-or-after-needling', 'how-much-does-dry-needling-cost'],
  body: [
    p(
      'People often arrive at the front desk asking for "whatever works faster". As a massage therapist who shares a clinic with physical therapists who needle, I get to see both treatments every day, and the better question is usually ',
      i('what is the muscle doing?'),
      ' The answer points to one, the other, or both.',
    ),
    h2('The short version'),
    p(
      'Massage treats ',
      b('areas'),
      '. Dry needling treats ',
      b('points'),
      '. When your whole upper back feels like a board after a week of moving boxes, hands are the right tool. When one spot under your shoulder blade has nagged for months and sends pain up your neck, a needle can reach it more directly.',
    ),
    // The sections below say when to choose each, so the embed shows the table only.
    comparison(DN_VS_MASSAGE, { showAdvice: false }),
    h2('When massage makes more sense'),
    ul(
      'Tension is spread out rather than pinned to one place.',
      'Stress, poor sleep or a hectic schedule are part of the picture.',
      'You are new to hands-on care, or needles make you anxious.',
      'You are between needling sessions and want to keep the tissue supple.',
    ),
    h2('When dry needling makes more sense'),
    ul(
      'You can press on a single knot and reproduce your familiar pain.',
      'Massage feels great but the problem returns within a day.',
      'The muscle is too deep or too guarded for comfortable pressure.',
      'Your physical therapist wants to open a window for exercises that have stalled.',
    ),
    h2('Using both in one visit'),
    p(
      'At Mesquite Ridge we often schedule the two back to back. The order depends on the person. Some patients tense up at the sight of a needle, so a few minutes of massage first helps them settle. Others are sore after needling and enjoy gentle work afterwards to calm things down.',
    ),
    table(
      ['Step', 'Time', 'What happens'],
      ['Check-in and movement screen', '10 min', 'We note what hurts and how far you can move.'],
      ['Warm-up massage', '10 min', 'Broad strokes loosen the area around the target muscle.'],
      ['Dry needling', '15 min', 'A few needles into the trigger points we found.'],
      ['Soothing massage and exercise', '15 min', 'Light work on the treated area, then a short home routine.'],
    ),
    h3('A note on cost'),
    p(
      'A stand-alone needling session usually costs between $50 and $150, and massage is priced by length. When both are part of a physical therapy plan, ask us how the visit will be billed before you book; we would rather you know up front.',
    ),
    h2('What the two treatments mean for common problems'),
    p(
      'For ',
      link('conditions', 'plantar-fasciitis', 'plantar fasciitis'),
      ', needling the calf often gets further than massage alone, while a daily self-massage keeps gains going. For ',
      link('conditions', 'low-back-pain', 'low back pain'),
      ', massage eases general stiffness and needling targets a muscle that refuses to relax. With sciatica, we start gently because an irritated nerve dislikes being rushed.',
    ),
    p(
      'Still not sure? Book an assessment and we will suggest a plan. You can also read ',
      link('articles', 'what-dry-needling-feels-like', 'what a needling session feels like'),
      ' before you decide.',
    ),
    faqGroup('Before you book', 'should-massage-come-before-or-after-needling', 'how-much-does-dry-needling-cost'),
  ],
}
