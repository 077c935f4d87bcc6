import type { SeedFaq } from '../types'
import { ALL_BRANDS, COBBLESTONE, WRENFIELD } from './brands'
import { b, i, p, ul } from './rich'
import { ACUPUNCTURE, DRY_NEEDLING, MASSAGE, TRIGGER_POINT_INJECTION } from './therapies'

const BASICS = 'Dry needling basics'
const COSTS = 'Costs and insurance'
const FIRST_VISIT = 'Your first visit'
const SAFETY = 'Safety'

export const faqs: SeedFaq[] = [
  // Dry needling basics
  {
    slug: 'what-is-dry-needling',
    question: 'What is dry needling?',
    topic: BASICS,
    brands: ALL_BRANDS,
    answer: [
      p(
        'It is a treatment in which a trained physical therapist or chiropractor inserts very thin, solid needles into tight spots in a muscle. The word ',
        i('dry'),
        ' simply means that no medicine goes through the needle.',
      ),
      p('The goal is to relax the knot, ease pain and make it easier to move and exercise.'),
    ],
    therapies: [DRY_NEEDLING],
    conditions: [],
  },
  {
    slug: 'does-dry-needling-hurt',
    question: 'Does dry needling hurt?',
    topic: BASICS,
    brands: ALL_BRANDS,
    answer: [
      p(
        'Most people feel the needle go in as a small tap or pinch. When it reaches a trigger point you may feel a deep ache or a brief ',
        b('twitch'),
        ' in the muscle, which can be surprising but passes in a moment.',
      ),
      p('Tell your therapist if anything is too much; they can change the depth, the number of needles or stop altogether.'),
    ],
    therapies: [DRY_NEEDLING],
    conditions: [],
  },
  {
    slug: 'what-is-a-twitch-response',
    question: 'What is the twitch I felt during treatment?',
    topic: BASICS,
    brands: ALL_BRANDS,
    answer: [
      p(
        'That is the ',
        b('local twitch response'),
        ', a quick reflex contraction of the muscle fibres around the needle. Therapists see it as a sign that the needle found the tight band. It is common and not harmful, although not every effective session produces one.',
      ),
    ],
    therapies: [DRY_NEEDLING],
    conditions: [],
  },
  {
    slug: 'how-many-dry-needling-sessions',
    question: 'How many dry needling sessions will I need?',
    topic: BASICS,
    brands: ALL_BRANDS,
    answer: [
      p('It depends on how long the problem has been around and how your body responds. As a rough guide:'),
      ul(
        'Many people notice a change after one to three sessions.',
        'Long-standing problems such as plantar fasciitis or chronic low back pain often take four to six visits.',
        'Needling is always paired with exercise so the improvement lasts.',
      ),
    ],
    therapies: [DRY_NEEDLING],
    conditions: ['plantar-fasciitis', 'low-back-pain'],
  },
  {
    slug: 'is-dry-needling-offered-in-my-state',
    question: 'Is dry needling offered at every Wrenfield location?',
    topic: BASICS,
    brands: [WRENFIELD],
    answer: [
      p(
        'No. Rules for who may perform dry needling are set state by state and they change over time. At present our network does ',
        b('not'),
        ' offer it in California, Hawaii, New York or Oregon.',
      ),
      p('Each location page lists the therapies available there. If needling is not an option in your state, our therapists will suggest massage, acupuncture or other manual therapy instead.'),
    ],
    therapies: [DRY_NEEDLING],
    conditions: [],
  },
  {
    slug: 'trigger-point-injection-vs-dry-needling',
    question: 'How is a trigger point injection different from dry needling?',
    topic: BASICS,
    brands: [WRENFIELD, COBBLESTONE],
    answer: [
      p(
        'Both aim at the same tight knot. Dry needling uses a solid needle and injects nothing. A trigger point injection uses a hollow needle to deliver a local anesthetic, sometimes with a steroid, and is given by a physician or another medical provider.',
      ),
      p('Injections are usually considered when a knot has not settled with exercise, massage or needling.'),
    ],
    therapies: [DRY_NEEDLING, TRIGGER_POINT_INJECTION],
    conditions: [],
  },

  // Costs and insurance
  {
    slug: 'how-much-does-dry-needling-cost',
    question: 'How much does dry needling cost?',
    topic: COSTS,
    brands: ALL_BRANDS,
    answer: [
      p(
        'When it is paid for on its own, a session usually costs between ',
        b('$50 and $150'),
        ', depending on the length of the visit and how many areas are treated. When needling is part of a physical therapy visit, it is often billed within that visit.',
      ),
    ],
    therapies: [DRY_NEEDLING],
    conditions: [],
  },
  {
    slug: 'does-insurance-cover-dry-needling',
    question: 'Will my insurance pay for dry needling?',
    topic: COSTS,
    brands: ALL_BRANDS,
    answer: [
      p('Coverage differs a great deal between plans. Some pay for it as part of physical therapy, and others treat it as an out-of-pocket extra.'),
      p('Before your first visit, ask your insurer:'),
      ul('Whether physical therapy visits are covered and how many per year', 'Whether dry needling is excluded', 'Whether you need a referral from a doctor'),
    ],
    therapies: [DRY_NEEDLING],
    conditions: [],
  },
  {
    slug: 'how-much-does-acupuncture-cost',
    question: 'What does an acupuncture session cost?',
    topic: COSTS,
    brands: ALL_BRANDS,
    answer: [
      p(
        'Expect roughly ',
        b('$70 to $150'),
        ' per session. The first visit is often at the higher end because it includes a longer conversation about your health. Packages of several sessions can lower the price per visit.',
      ),
    ],
    therapies: [ACUPUNCTURE],
    conditions: [],
  },

  // Your first visit
  {
    slug: 'what-to-wear-to-your-first-visit',
    question: 'What should I wear to my first appointment?',
    topic: FIRST_VISIT,
    brands: ALL_BRANDS,
    answer: [
      p('Wear comfortable clothes you can move in, and make it easy to reach the area being treated:'),
      ul('Shorts for knee, hip or foot problems', 'A tank top or loose T-shirt for neck and shoulder pain', 'Supportive shoes if we will be looking at how you walk or run'),
    ],
    therapies: [],
    conditions: [],
  },
  {
    slug: 'how-long-is-the-first-appointment',
    question: 'How long does the first appointment take?',
    topic: FIRST_VISIT,
    brands: ALL_BRANDS,
    answer: [
      p(
        'Plan for about an hour. Your clinician will ask about your symptoms and goals, examine how you move and explain what they found. Treatment often starts the same day, so you leave with something to do at home.',
      ),
    ],
    therapies: [],
    conditions: [],
  },
  {
    slug: 'how-do-i-request-an-appointment',
    question: 'How do I request an appointment?',
    topic: FIRST_VISIT,
    brands: ALL_BRANDS,
    answer: [
      p(
        'Use the appointment form on this site, call the clinic, or follow the online booking link on your location page. After you send the form you will see a confirmation page, and someone from the front desk will contact you to agree on a time.',
      ),
    ],
    therapies: [],
    conditions: [],
  },
  {
    slug: 'should-massage-come-before-or-after-needling',
    question: 'Should massage come before or after dry needling?',
    topic: FIRST_VISIT,
    brands: ALL_BRANDS,
    answer: [
      p(
        'Either can work. Massage ',
        b('before'),
        ' needling warms the tissue and helps you relax; massage ',
        b('after'),
        ' needling can soothe lingering soreness. Your therapist will suggest an order based on how your body tends to react.',
      ),
    ],
    therapies: [DRY_NEEDLING, MASSAGE],
    conditions: [],
  },

  // Safety
  {
    slug: 'who-should-not-have-dry-needling',
    question: 'Who should not have dry needling?',
    topic: SAFETY,
    brands: ALL_BRANDS,
    answer: [
      p('Your therapist will screen you first. Needling is generally avoided if you:'),
      ul(
        'Are in the first trimester of pregnancy',
        'Have a bleeding disorder or another blood disorder',
        'Are currently being treated for cancer',
        'Have an infection at or near the area to be treated',
      ),
      p('Also mention blood thinners, a fear of needles or a weakened immune system, so the plan can be adjusted.'),
    ],
    therapies: [DRY_NEEDLING],
    conditions: [],
  },
  {
    slug: 'side-effects-after-dry-needling',
    question: 'What side effects can I expect afterwards?',
    topic: SAFETY,
    brands: ALL_BRANDS,
    answer: [
      p('Most after-effects are mild and short-lived:'),
      ul('Soreness for a day or two', 'Small bruises', 'Feeling tired for the rest of the day'),
      p('Infection is rare. Call the clinic if a needle site becomes red, hot or swollen, or if you feel unwell.'),
    ],
    therapies: [DRY_NEEDLING],
    conditions: [],
  },
  {
    slug: 'is-acupuncture-safe',
    question: 'Is acupuncture safe?',
    topic: SAFETY,
    brands: ALL_BRANDS,
    answer: [
      p(
        'In the hands of a licensed acupuncturist using sterile, single-use needles, serious problems are uncommon. Minor bruising or brief light-headedness can happen. Let the practitioner know if you are pregnant or take blood thinners.',
      ),
    ],
    therapies: [ACUPUNCTURE],
    conditions: [],
  },
]
