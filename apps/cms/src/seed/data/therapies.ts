import type { SeedTherapy } from '../types'
import { ALL_BRANDS, COBBLESTONE, WRENFIELD } from './brands'
import { b, i, p, ul } from './rich'

export const DRY_NEEDLING = 'dry-needling'
export const MASSAGE = 'massage-therapy'
export const ACUPUNCTURE = 'acupuncture'
export const TRIGGER_POINT_INJECTION = 'trigger-point-injection'

export const therapies: SeedTherapy[] = [
  {
    name: 'Dry needling',
    slug: DRY_NEEDLING,
    brands: ALL_BRANDS,
    summary:
      'A trained clinician slides very fine, sterile needles into tight knots in a muscle to help it let go. Nothing is injected, which is why it is called "dry".',
    howItWorks: [
      p(
        'Muscles that are overworked or guarding an injury can develop small, tender bands called ',
        b('myofascial trigger points'),
        '. They often refer pain elsewhere: a knot at the top of the shoulder, for example, may be felt as a headache behind the eye.',
      ),
      p(
        'During dry needling the clinician places a thin, solid needle (a ',
        i('filiform'),
        ' needle, the same type used in acupuncture) directly into that band. The muscle frequently answers with a quick, involuntary flicker known as a ',
        b('local twitch response'),
        ', after which the area usually feels looser and less tender. The needle stays in for seconds to a few minutes, depending on the technique.',
      ),
      p('A typical visit follows the same pattern:'),
      ul(
        'Your therapist examines you and explains the plan; you give consent before any needle is used.',
        'The skin is cleaned and single-use needles are placed, either superficially or deeper into the muscle.',
        'Needles are removed and the area is checked, then you move on to exercise or hands-on work.',
        'You leave with advice on soreness and a short home routine to keep the gains.',
      ),
    ],
    sessionLength: { minMinutes: 15, maxMinutes: 30 },
    cost: { minCents: 5000, maxCents: 15000, currency: 'USD' },
    sideEffects: [
      'Muscle soreness for a day or two, similar to after a hard workout',
      'Small bruises where the needles went in',
      'Feeling tired or drowsy after the session',
      'Infection at a needle site, which is rare',
    ],
    contraindications: [
      'First trimester of pregnancy',
      'Bleeding disorders or other blood disorders',
      'Active cancer treatment',
      'Infection or broken skin at or near the treatment area',
    ],
    practitioners: [
      'Licensed physical therapist with additional dry needling training',
      'Licensed chiropractor with additional dry needling training',
    ],
    notOfferedInStates: ['CA', 'HI', 'NY', 'OR'],
  },
  {
    name: 'Massage therapy',
    slug: MASSAGE,
    brands: ALL_BRANDS,
    summary:
      'A licensed massage therapist works muscles and soft tissue with the hands, fingers, forearms and elbows, from gentle relaxation strokes to firm deep-tissue pressure.',
    howItWorks: [
      p(
        'Massage treats broad areas rather than a single point. By pressing, kneading and gliding along the muscles, the therapist ',
        b('warms the tissue'),
        ', encourages blood flow and helps the nervous system shift out of a tense, guarded state.',
      ),
      p(
        'Styles range from ',
        i('Swedish massage'),
        ', with long flowing strokes aimed at relaxation, to ',
        i('deep tissue'),
        ' work that slowly reaches the deeper layers of a stubborn area. Your therapist adjusts pressure as you go, so speak up if anything feels too strong.',
      ),
      p('People book massage for different reasons:'),
      ul(
        'To relax and lower day-to-day stress',
        'To ease general stiffness after training or long hours at a desk',
        'To improve circulation in tired muscles',
        'To prepare tissue before dry needling, or to calm it afterwards',
      ),
    ],
    sessionLength: { minMinutes: 30, maxMinutes: 90 },
    cost: { minCents: 6000, maxCents: 14000, currency: 'USD' },
    sideEffects: ['Mild tenderness the next day after deep work', 'Light-headedness when getting up too quickly'],
    contraindications: [
      'Fever or acute illness',
      'Suspected deep vein thrombosis',
      'Open wounds, burns or skin infection in the area',
      'Recent fracture or surgery at the site unless cleared by your doctor',
    ],
    practitioners: ['Licensed massage therapist (LMT)'],
    notOfferedInStates: [],
  },
  {
    name: 'Acupuncture',
    slug: ACUPUNCTURE,
    brands: ALL_BRANDS,
    summary:
      'A practice from Traditional Chinese Medicine in which fine needles are placed at points along meridians, sometimes far from where it hurts, to restore the flow of qi.',
    howItWorks: [
      p(
        'Acupuncture starts from a different map of the body than physical therapy. Traditional Chinese Medicine describes channels called ',
        b('meridians'),
        ' through which vital energy, or ',
        i('qi'),
        ', circulates. Discomfort is understood as a sign that this flow is blocked or out of balance.',
      ),
      p(
        'After asking about your sleep, digestion, mood and pain, the acupuncturist chooses a set of points. Some are close to the sore spot and others may be on the hands, feet or ears. Several needles are placed and usually left in for 20 to 30 minutes while you rest.',
      ),
      p('People often try acupuncture for:'),
      ul('Stress and anxiety', 'Poor sleep', 'Migraines and tension headaches', 'Digestive complaints', 'Long-standing aches'),
    ],
    sessionLength: { minMinutes: 45, maxMinutes: 60 },
    cost: { minCents: 7000, maxCents: 15000, currency: 'USD' },
    sideEffects: ['Minor bruising or a drop of blood at a needle site', 'Brief tiredness or light-headedness', 'Infection, which is rare with single-use needles'],
    contraindications: ['Bleeding disorders or blood-thinning medication (tell your acupuncturist)', 'Infection at a needle site', 'Pregnancy, unless the acupuncturist is told and adjusts the points'],
    practitioners: ['Licensed acupuncturist (LAc)'],
    notOfferedInStates: [],
  },
  {
    name: 'Trigger point injection',
    slug: TRIGGER_POINT_INJECTION,
    brands: [WRENFIELD, COBBLESTONE],
    summary:
      'Similar to dry needling in where the needle goes, but a small dose of local anesthetic or steroid is injected into the trigger point.',
    howItWorks: [
      p(
        'A trigger point injection targets the same tight band a dry needling session would. The difference is what travels through the needle: a hollow needle delivers ',
        b('a local anesthetic'),
        ', sometimes mixed with ',
        b('a steroid'),
        ', straight into the knot.',
      ),
      p(
        'The anesthetic numbs the area quickly, which can break a cycle of pain and guarding long enough for stretching and strengthening to work. It is usually offered when a trigger point has not settled with exercise, manual therapy or dry needling.',
      ),
      p('What to expect:'),
      ul(
        'A medical provider reviews your history and medications first.',
        'The skin is cleaned, the knot is located by touch and the injection takes a few seconds per point.',
        'You are watched briefly afterwards and then return to normal activity, often with a referral back to therapy.',
      ),
    ],
    sessionLength: { minMinutes: 15, maxMinutes: 30 },
    cost: { minCents: 10000, maxCents: 30000, currency: 'USD' },
    sideEffects: ['Soreness or numbness at the injection site', 'Bruising', 'Infection, which is rare', 'Temporary rise in blood sugar when a steroid is used'],
    contraindications: [
      'Bleeding disorders or anticoagulant therapy not reviewed by the provider',
      'Infection at the injection site',
      'Allergy to the anesthetic being used',
      'First trimester of pregnancy',
    ],
    practitioners: ['Physician (MD or DO)', 'Physician assistant or nurse practitioner where state law allows'],
    notOfferedInStates: [],
  },
]
