import type { SeedCondition } from '../types'
import { ALL_BRANDS, COBBLESTONE, WRENFIELD } from './brands'
import { h2, p, ul } from './rich'
import { ACUPUNCTURE, DRY_NEEDLING, MASSAGE, TRIGGER_POINT_INJECTION } from './therapies'

/*
 * Conditions that list trigger point injection appear only on the brands that offer it
 * (the group and the spine practice); the rest are shared by all three brands.
 */

export const conditions: SeedCondition[] = [
  {
    name: 'Neck pain',
    slug: 'neck-pain',
    brands: ALL_BRANDS,
    summary: 'Stiffness or aching in the neck, often from posture, stress or a strain, that can spread to the shoulders and head.',
    body: [
      h2('Why the neck gets sore'),
      p(
        'The neck carries the weight of the head all day. Long stretches looking down at a screen, poor sleep positions and stress all load the same few muscles until they tighten and ache.',
      ),
      ul('Ache or stiffness that is worse at the end of the day', 'Trouble turning to check a blind spot', 'Tender knots at the top of the shoulders', 'Headaches that start at the base of the skull'),
    ],
    therapies: [DRY_NEEDLING, MASSAGE, ACUPUNCTURE],
  },
  {
    name: 'Low back pain',
    slug: 'low-back-pain',
    brands: ALL_BRANDS,
    summary: 'Pain between the bottom of the ribs and the buttocks; most episodes are mechanical and improve with movement and the right care.',
    body: [
      h2('What helps most people'),
      p(
        'Most low back pain comes from irritated muscles, joints or discs rather than serious disease. Staying gently active usually beats bed rest, and a physical therapist can show you which movements to lean on.',
      ),
      ul('Short, frequent walks', 'Exercises that build hip and trunk strength', 'Treatment of tight muscles that keep the back guarded', 'A plan for lifting and sitting at work'),
    ],
    therapies: [DRY_NEEDLING, MASSAGE, ACUPUNCTURE],
  },
  {
    name: 'Tension headaches and migraines',
    slug: 'tension-headaches',
    brands: [WRENFIELD, COBBLESTONE],
    summary: 'Band-like head pain often linked to tight neck and shoulder muscles; migraines are a separate condition that can share some triggers.',
    body: [
      h2('The neck-head connection'),
      p(
        'Trigger points in the upper trapezius and the small muscles below the skull can send pain into the temples, forehead or behind the eyes. Releasing them often reduces how often headaches come back.',
      ),
      ul('Pressure across the forehead or both temples', 'Tenderness in the neck and shoulders', 'Headaches that build through the working day'),
    ],
    therapies: [DRY_NEEDLING, MASSAGE, ACUPUNCTURE, TRIGGER_POINT_INJECTION],
  },
  {
    name: 'Sciatica',
    slug: 'sciatica',
    brands: ALL_BRANDS,
    summary: 'Pain, tingling or numbness that runs from the low back or buttock down the leg along the path of the sciatic nerve.',
    body: [
      h2('When the nerve is irritated'),
      p(
        'Sciatica describes a pattern rather than a single cause. A disc, a narrowed space around the nerve or a tight buttock muscle can all irritate the nerve. Care focuses on calming the nerve and restoring movement.',
      ),
      ul('Pain that travels below the knee', 'Pins and needles in the foot', 'Discomfort that changes with sitting or bending', 'Seek prompt care for leg weakness or loss of bladder control'),
    ],
    therapies: [DRY_NEEDLING, MASSAGE, ACUPUNCTURE],
  },
  {
    name: 'Plantar fasciitis',
    slug: 'plantar-fasciitis',
    brands: ALL_BRANDS,
    summary: 'Irritation of the thick band of tissue under the foot, known for sharp heel pain with the first steps in the morning.',
    body: [
      h2('Why the first steps hurt'),
      p(
        'The plantar fascia tightens overnight. When you stand up, it is suddenly stretched and the heel protests. Tight calves and foot muscles add to the pull, which is why treatment rarely focuses on the heel alone.',
      ),
      ul('Stabbing heel pain in the morning', 'Pain after standing for a long time', 'Tight calves', 'Pain that eases once you warm up and returns later'),
    ],
    therapies: [DRY_NEEDLING, MASSAGE, ACUPUNCTURE],
  },
  {
    name: 'Shoulder impingement',
    slug: 'shoulder-impingement',
    brands: ALL_BRANDS,
    summary: 'Pinching of the rotator cuff tendons under the top of the shoulder blade, causing pain when lifting the arm.',
    body: [
      h2('A crowded joint'),
      p(
        'When the muscles that steady the shoulder blade are weak or tight, the space above the rotator cuff narrows. Raising the arm then squeezes the tendons, and the shoulder aches or catches.',
      ),
      ul('Pain when reaching overhead', 'Trouble sleeping on the affected side', 'A painful arc partway through lifting the arm'),
    ],
    therapies: [DRY_NEEDLING, MASSAGE],
  },
  {
    name: 'Frozen shoulder',
    slug: 'frozen-shoulder',
    brands: ALL_BRANDS,
    summary: 'A slow stiffening of the shoulder capsule that limits movement in every direction and can take many months to resolve.',
    body: [
      h2('Three phases'),
      p(
        'Frozen shoulder usually moves through a painful freezing phase, a stiff frozen phase and a gradual thawing phase. Therapy aims to control pain and keep as much motion as the shoulder will allow at each stage.',
      ),
      ul('Freezing: pain grows and motion shrinks', 'Frozen: less pain, but the arm is stiff', 'Thawing: movement slowly returns'),
    ],
    therapies: [DRY_NEEDLING, MASSAGE, ACUPUNCTURE],
  },
  {
    name: 'TMJ disorders',
    slug: 'tmj-disorders',
    brands: ALL_BRANDS,
    summary: 'Pain or clicking in the jaw joint and chewing muscles, often linked to clenching, grinding or stress.',
    body: [
      h2('More than a clicking jaw'),
      p(
        'The temporomandibular joint sits just in front of the ear. Overworked chewing muscles can pull on it, causing facial pain, earaches and headaches as well as clicking.',
      ),
      ul('Jaw pain when chewing', 'Clicking or locking', 'Morning soreness after night-time grinding', 'Aching around the ear'),
    ],
    therapies: [DRY_NEEDLING, MASSAGE, ACUPUNCTURE],
  },
  {
    name: 'Tennis elbow',
    slug: 'tennis-elbow',
    brands: ALL_BRANDS,
    summary: 'Pain on the outside of the elbow from overloaded forearm tendons, common in people who grip or type a lot, not only tennis players.',
    body: [
      h2('A gripping problem'),
      p(
        'The forearm muscles that lift the wrist attach at the outer elbow. Repeated gripping overloads that attachment. Recovery depends on gradually loading the tendon again while easing tight forearm muscles.',
      ),
      ul('Pain when lifting a mug or shaking hands', 'Weak grip', 'Tenderness on the bony point outside the elbow'),
    ],
    therapies: [DRY_NEEDLING, MASSAGE, ACUPUNCTURE],
  },
  {
    name: 'Fibromyalgia',
    slug: 'fibromyalgia',
    brands: [WRENFIELD, COBBLESTONE],
    summary: 'A long-term condition with widespread pain, fatigue and poor sleep, in which the nervous system amplifies pain signals.',
    body: [
      h2('Gentle, steady care'),
      p(
        'Because the nervous system is more sensitive, treatment for fibromyalgia starts gently and builds slowly. Many people do best with a mix of light exercise, sleep support and hands-on care.',
      ),
      ul('Graded activity such as walking or water exercise', 'Relaxation-focused massage', 'Careful, low-dose needling for specific tender points', 'Stress and sleep strategies'),
    ],
    therapies: [MASSAGE, ACUPUNCTURE, DRY_NEEDLING, TRIGGER_POINT_INJECTION],
  },
  {
    name: 'Hamstring strain',
    slug: 'hamstring-strain',
    brands: ALL_BRANDS,
    summary: 'A pull or tear in the muscles at the back of the thigh, usually during sprinting or a sudden stretch.',
    body: [
      h2('Getting back to speed'),
      p(
        'Hamstring strains tend to come back if the muscle returns to sport before it is strong at long lengths. A staged plan moves from gentle activation to full-speed running.',
      ),
      ul('Sudden pain at the back of the thigh', 'Bruising a day or two later', 'Pain when bending forward or sprinting'),
    ],
    therapies: [DRY_NEEDLING, MASSAGE],
  },
  {
    name: 'Hip and knee pain',
    slug: 'hip-and-knee-pain',
    brands: ALL_BRANDS,
    summary: 'Aching around the hip or knee from overuse, muscle imbalance or early joint wear, often worse on stairs.',
    body: [
      h2('Look above and below'),
      p(
        'Knee pain often starts with weak or tight muscles around the hip, and the reverse is also true. Therapy looks at the whole leg, not just the sore joint.',
      ),
      ul('Pain on stairs or when rising from a chair', 'Stiffness after sitting', 'Tight muscles on the outside of the thigh'),
    ],
    therapies: [DRY_NEEDLING, MASSAGE, ACUPUNCTURE],
  },
  {
    name: 'Calf tightness',
    slug: 'calf-tightness',
    brands: ALL_BRANDS,
    summary: 'Persistent tension or cramping in the calf muscles, common in runners and often tied to heel and Achilles problems.',
    body: [
      h2('Small muscle, big influence'),
      p(
        'Tight calves change how the ankle bends, which adds strain to the heel, the Achilles tendon and even the knee. Releasing the calf often helps pain further down the chain.',
      ),
      ul('Cramping at night or during runs', 'Limited ankle bend when squatting', 'Heel or Achilles soreness'),
    ],
    therapies: [DRY_NEEDLING, MASSAGE],
  },
]
