import type { SeedComparison } from '../types'
import { ALL_BRANDS } from './brands'
import { b, link, p, page, ul } from './rich'
import { ACUPUNCTURE, DRY_NEEDLING, MASSAGE } from './therapies'

export const DN_VS_MASSAGE = 'dry-needling-vs-massage'
export const DN_VS_ACUPUNCTURE = 'dry-needling-vs-acupuncture'

export const comparisons: SeedComparison[] = [
  {
    title: 'Dry needling vs massage therapy',
    slug: DN_VS_MASSAGE,
    brands: ALL_BRANDS,
    intro:
      'Both treatments go after tight, painful muscles, but they work at different scales. Massage covers whole muscle groups with the hands; dry needling reaches one stubborn knot at a time with a fine needle.',
    therapies: [DRY_NEEDLING, MASSAGE],
    rows: [
      { label: 'Tool used', values: ['Thin, solid, sterile needles', 'Hands, fingers, forearms and elbows'] },
      { label: 'Target area', values: ['Individual trigger points deep in a muscle', 'Broad muscle groups and surrounding soft tissue'] },
      {
        label: 'Mechanism',
        values: [
          'The needle provokes a twitch response that helps a tight band release',
          'Pressure and movement warm tissue, improve circulation and calm the nervous system',
        ],
      },
      { label: 'Sensation', values: ['A small prick, then a deep ache or brief twitch', 'Anything from gentle and soothing to firm deep pressure'] },
      { label: 'Primary goal', values: ['Relieve a specific source of pain and restore movement', 'Relaxation, circulation and stress relief'] },
      {
        label: 'Practitioner',
        values: ['Licensed physical therapist or chiropractor with extra training', 'Licensed massage therapist'],
      },
    ],
    whenToChoose: [
      {
        therapy: DRY_NEEDLING,
        text: [
          p('Choose dry needling when:'),
          ul('one spot keeps flaring up;', 'pain spreads from a knot you can press on;', 'massage and stretching have helped only briefly.'),
        ],
      },
      {
        therapy: MASSAGE,
        text: [p('Choose massage when tension is spread across a whole region, when stress plays a big part, or when you would rather avoid needles.')],
      },
    ],
    combination: {
      canCombine: true,
      how: [
        p(
          b('Yes'),
          ', and many clinics pair them. A short massage beforehand loosens the area and helps you relax into needling; massage afterwards eases the soreness that needling can leave behind. ',
          page('locations', 'Find a clinic'),
          ' that offers both.',
        ),
      ],
    },
    conditionGuidance: [
      {
        condition: 'plantar-fasciitis',
        guidance: 'Needling the calf and the small foot muscles often reaches deeper than massage can, while massage of the calf is a good daily maintenance tool.',
      },
      {
        condition: 'low-back-pain',
        guidance: 'Massage suits general stiffness after a long week; needling helps when a particular muscle near the spine or hip stays locked up.',
      },
      {
        condition: 'sciatica',
        guidance: 'When a tight buttock muscle irritates the nerve, needling that muscle can help; gentle massage is a safer first step while the nerve is very sensitive.',
      },
    ],
  },
  {
    title: 'Dry needling vs acupuncture',
    slug: DN_VS_ACUPUNCTURE,
    brands: ALL_BRANDS,
    intro:
      'The needles look almost the same, and that is where most of the similarity ends. Dry needling comes from modern musculoskeletal care; acupuncture comes from Traditional Chinese Medicine and has its own map of the body.',
    therapies: [DRY_NEEDLING, ACUPUNCTURE],
    rows: [
      {
        label: 'Origin and philosophy',
        values: ['Western anatomy and the study of myofascial pain', 'Traditional Chinese Medicine and the balance of qi'],
      },
      { label: 'What is targeted', values: ['Trigger points found by touch in the painful muscle', 'Points along meridians, sometimes far from the pain'] },
      { label: 'How many needles', values: ['Usually a few, moved in and out or left briefly', 'Often many, left in place for 20 to 30 minutes'] },
      { label: 'Typical cost per session', values: ['About $50 to $150', 'About $70 to $150'] },
      {
        label: 'Conditions',
        values: ['Muscle and joint pain such as neck pain, low back pain and tennis elbow', 'Stress, sleep, migraines, digestion and general pain'],
      },
      { label: 'Practitioner', values: ['Physical therapist or chiropractor with needling training', 'Licensed acupuncturist'] },
    ],
    whenToChoose: [
      {
        therapy: DRY_NEEDLING,
        text: [p('Choose dry needling for a clear muscular problem you want folded into a physical therapy plan with exercise and hands-on care.')],
      },
      {
        therapy: ACUPUNCTURE,
        text: [
          p(
            'Choose acupuncture when pain comes with poor sleep, stress or other whole-body concerns, or when ',
            link('therapies', DRY_NEEDLING, 'dry needling'),
            ' is not offered in your state.',
          ),
        ],
      },
    ],
    combination: {
      canCombine: true,
      how: [
        p(
          'They can be used in the same care plan, usually on different days, as long as both clinicians know what the other is doing so the same area is not overworked. ',
          page('request-appointment', 'Ask us'),
          ' to plan both.',
        ),
      ],
    },
    conditionGuidance: [
      {
        condition: 'plantar-fasciitis',
        guidance: 'Dry needling works directly on tight calf and foot muscles; acupuncture may help with pain and sleep when the heel has hurt for months.',
      },
      {
        condition: 'low-back-pain',
        guidance: 'Both have a place. Needling is useful for a guarding muscle; acupuncture suits long-standing pain that comes with stress.',
      },
      {
        condition: 'sciatica',
        guidance: 'Start with a physical therapy assessment to find the source. Needling can target a tight hip muscle, and acupuncture is an option for general pain relief.',
      },
    ],
  },
]
