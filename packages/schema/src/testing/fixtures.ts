import type { z } from 'zod'
import type { MediaSchema } from '../media'
import type { OpeningHoursSchema } from '../clinic'
import type { ParagraphNodeSchema, RichTextSchema } from '../richText'
import type { BrandSnapshotInput } from '../snapshot'

/*
 * A small but complete snapshot of a fictional brand, valid against BrandSnapshotSchema.
 * Every name, address, phone number and domain is made up (555-01xx numbers, `.example` domain).
 *
 * Ids are numeric strings, as a SQLite-backed CMS would publish them:
 *   brand 1 · clinics 101 (Portland, OR), 102 (Tempe, AZ) · therapies 201 (dry needling,
 *   not offered in OR), 202 (manual therapy) · conditions 301, 302 · author 401 (provider 801) ·
 *   providers 801 (both clinics, reviewed the article, comparison, dry needling and neck pain),
 *   802 (Tempe only, not taking new patients) ·
 *   FAQs 501, 502 · article 601 (its body uses every rich-text node type) · comparison 701 ·
 *   media 901–904 · redirects: an old blog post to the article, the comparison's old slug,
 *   an old booking file to the request page, and an old page to another site.
 *
 * Every text is already trimmed and every colour lower-case, so parsing the fixture returns
 * an equal object.
 */

type MediaInput = z.input<typeof MediaSchema>
type OpeningHoursInput = z.input<typeof OpeningHoursSchema>
type RichTextInput = z.input<typeof RichTextSchema>

function media(id: string, name: string, alt: string): MediaInput {
  const url = `https://media.harbor-lane-physio.example/${name}.jpg`
  return {
    id,
    url,
    alt,
    width: 1600,
    height: 900,
    mimeType: 'image/jpeg',
    sizes: [
      { name: 'thumbnail', url: `https://media.harbor-lane-physio.example/${name}-400x225.jpg`, width: 400, height: 225 },
      { name: 'card', url: `https://media.harbor-lane-physio.example/${name}-800x450.jpg`, width: 800, height: 450 },
    ],
  }
}

/** Monday to Friday open (Wednesday is index 2), Saturday mornings, Sunday closed. */
function weekHours(opens: string, closes: string): OpeningHoursInput[] {
  return [
    { day: 'monday', closed: false, opens, closes },
    { day: 'tuesday', closed: false, opens, closes },
    { day: 'wednesday', closed: false, opens, closes },
    { day: 'thursday', closed: false, opens, closes },
    { day: 'friday', closed: false, opens, closes },
    { day: 'saturday', closed: false, opens: '09:00', closes: '13:00' },
    { day: 'sunday', closed: true },
  ]
}

function paragraph(text: string): z.input<typeof ParagraphNodeSchema> {
  return { type: 'paragraph', children: [{ type: 'text', text }] }
}

/** The article body: one of each block node, every text mark, every link kind, a nested list. */
function articleBody(): RichTextInput {
  return [
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Neck pain from desk work is ' },
        { type: 'text', text: 'common', bold: true },
        { type: 'text', text: ', ' },
        { type: 'text', text: 'rarely serious', italic: true },
        { type: 'text', text: ' and ' },
        { type: 'text', text: 'usually treatable', underline: true },
        { type: 'text', text: '. Forget the idea that you must ' },
        { type: 'text', text: 'rest it for weeks', strikethrough: true },
        { type: 'text', text: '; gentle movement helps. Try ' },
        { type: 'text', text: 'chin-tucks', code: true },
        { type: 'text', text: ' between meetings.' },
        { type: 'linebreak' },
        { type: 'text', text: 'Read the ' },
        {
          type: 'link',
          target: { kind: 'external', href: 'https://guidelines.example/neck-pain', newTab: true },
          children: [{ type: 'text', text: 'clinical guideline' }],
        },
        { type: 'text', text: ' or our page on ' },
        {
          type: 'link',
          target: { kind: 'internal', collection: 'therapies', id: '201' },
          children: [{ type: 'text', text: 'dry needling' }],
        },
        { type: 'text', text: '.' },
      ],
    },
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'Two hands-on options' }] },
    paragraph('Both treatments aim to calm irritated muscles so you can move again.'),
    { type: 'heading', level: 3, children: [{ type: 'text', text: 'What a first visit looks like' }] },
    { type: 'heading', level: 4, children: [{ type: 'text', text: 'Before you arrive' }] },
    {
      type: 'quote',
      children: [{ type: 'text', text: 'Most patients feel looser after the first session and stronger after the third.' }],
    },
    {
      type: 'list',
      ordered: false,
      items: [
        { children: [{ type: 'text', text: 'Wear a loose top' }] },
        {
          children: [{ type: 'text', text: 'Bring a list of' }],
          sublists: [
            {
              type: 'list',
              ordered: false,
              items: [{ children: [{ type: 'text', text: 'medicines you take' }] }, { children: [{ type: 'text', text: 'earlier scans' }] }],
            },
          ],
        },
      ],
    },
    {
      type: 'list',
      ordered: true,
      items: [
        { children: [{ type: 'text', text: 'Assessment' }] },
        {
          children: [{ type: 'text', text: 'Treatment' }],
          sublists: [
            {
              type: 'list',
              ordered: true,
              items: [{ children: [{ type: 'text', text: 'Hands-on work' }] }, { children: [{ type: 'text', text: 'Exercises to take home' }] }],
            },
          ],
        },
        { children: [{ type: 'text', text: 'Review' }] },
      ],
    },
    { type: 'image', media: media('903', 'neck-assessment', 'A physical therapist checks how far a patient can turn her head'), caption: 'Checking range of motion' },
    {
      type: 'table',
      rows: [
        {
          cells: [
            { header: true, children: [{ type: 'text', text: 'Week' }] },
            { header: true, children: [{ type: 'text', text: 'Focus' }] },
          ],
        },
        {
          cells: [
            { header: false, children: [{ type: 'text', text: '1–2' }] },
            { header: false, children: [{ type: 'text', text: 'Pain relief' }] },
          ],
        },
        {
          cells: [
            { header: false, children: [{ type: 'text', text: '3–6' }] },
            { header: false, children: [{ type: 'text', text: 'Strength and posture' }] },
          ],
        },
      ],
    },
    { type: 'faqGroup', title: 'Questions we hear often', faqs: ['501', '502'] },
    { type: 'comparison', comparison: '701', showAdvice: true },
    { type: 'hr' },
    {
      type: 'paragraph',
      children: [
        { type: 'link', target: { kind: 'page', page: 'request-appointment' }, children: [{ type: 'text', text: 'Book a visit' }] },
        { type: 'text', text: ' if the pain lasts longer than two weeks.' },
      ],
    },
  ]
}

/** A fresh, valid snapshot of the fictional brand `harbor-lane-physio`; mutate it freely. */
export function makeValidSnapshot(): BrandSnapshotInput {
  return {
    schemaVersion: 3,
    generatedAt: '2026-03-02T08:30:00.000Z',
    brand: {
      id: '1',
      name: 'Harbor Lane Physio',
      slug: 'harbor-lane-physio',
      kind: 'clinic',
      tagline: 'Physical therapy that gets you moving again',
      domain: 'www.harbor-lane-physio.example',
      theme: { primary: '#1f5c7a', accent: '#f2a541', background: '#fbfaf7', text: '#1b1f23' },
      logo: media('901', 'logo', 'Harbor Lane Physio logo: a lighthouse above a wave'),
      contact: { phone: '(503) 555-0100', email: 'hello@harbor-lane-physio.example' },
      socialLinks: [
        { platform: 'instagram', url: 'https://social.example/harborlanephysio' },
        { platform: 'youtube', url: 'https://video.example/@harborlanephysio' },
      ],
      acceptsAppointments: true,
      appointmentUrl: 'https://cms.harbor-lane-physio.example/api/appointment-requests/submit',
      medicalDisclaimer: 'This page is general information, not medical advice. Ask a licensed clinician about your own situation.',
      privacyNotice:
        'When you ask for an appointment, we keep your name, contact details and preferences only to arrange your visit.\n\nWe never sell them, and we delete requests we no longer need.',
      seo: { title: null, description: null, image: null },
    },
    clinics: [
      {
        id: '101',
        brand: '1',
        name: 'Harbor Lane Physio Portland',
        slug: 'portland',
        address: { street: '410 Quay Street', street2: 'Suite 2', city: 'Portland', state: 'OR', postalCode: '97209', country: 'US' },
        geo: { lat: 45.529, lng: -122.681 },
        phone: '(503) 555-0142',
        email: 'portland@harbor-lane-physio.example',
        openingHours: weekHours('08:00', '18:00'),
        specialHours: [
          { from: '2026-03-09', through: '2026-03-09', closed: true, note: 'Staff training' },
          { from: '2026-05-22', through: '2026-05-25', closed: false, opens: '09:00', closes: '13:00', note: 'Memorial Day weekend' },
        ],
        therapies: ['201', '202'],
        booking: { method: 'form' },
        insurancePlans: ['Medicare', 'Cascadia Health Plan', 'Summit Mutual PPO'],
        languages: ['en', 'es'],
        seo: { title: null, description: null, image: null },
      },
      {
        id: '102',
        brand: '1',
        name: 'Harbor Lane Physio Tempe',
        slug: 'tempe',
        address: { street: '88 Mesa Crossing', city: 'Tempe', state: 'AZ', postalCode: '85281-1234', country: 'US' },
        geo: { lat: 33.425, lng: -111.94 },
        phone: '(480) 555-0134',
        email: null,
        openingHours: weekHours('07:30', '17:00'),
        specialHours: [],
        therapies: ['201', '202'],
        booking: { method: 'url', url: 'https://booking.example/harbor-lane-tempe', note: 'Online booking opens two weeks ahead.' },
        insurancePlans: [],
        languages: ['en'],
        seo: { title: null, description: null, image: null },
      },
    ],
    providers: [
      {
        id: '801',
        name: 'Maren Okafor',
        slug: 'maren-okafor',
        credentials: ['PT', 'DPT', 'OCS'],
        jobTitle: 'Clinical director',
        photo: media('904', 'maren-okafor-treatment-room', 'Maren Okafor in a treatment room, holding a spine model'),
        bio: [paragraph('Maren treats runners and desk workers and leads the clinic’s dry needling training.')],
        clinics: ['101', '102'],
        therapies: ['201', '202'],
        conditions: ['301'],
        languages: ['en', 'es'],
        acceptingNewPatients: true,
        npi: '1629384714',
        seo: { title: null, description: null, image: null },
      },
      {
        id: '802',
        name: 'Idris Calloway',
        slug: 'idris-calloway',
        credentials: ['PT'],
        jobTitle: 'Physical therapist',
        photo: null,
        bio: [],
        clinics: ['102'],
        therapies: ['202'],
        conditions: ['302'],
        languages: ['en'],
        acceptingNewPatients: false,
        npi: null,
        seo: { title: null, description: null, image: null },
      },
    ],
    therapies: [
      {
        id: '201',
        name: 'Dry needling',
        slug: 'dry-needling',
        summary: 'Thin filament needles placed in tight muscle bands to ease pain and let the muscle relax.',
        howItWorks: [
          paragraph('A trained therapist places a fine needle into a trigger point; the muscle twitches and then lets go.'),
        ],
        sessionLength: { minMinutes: 30, maxMinutes: 45 },
        cost: { minCents: 6000, maxCents: 9500, currency: 'USD' },
        sideEffects: ['Soreness for a day or two', 'Small bruises'],
        contraindications: ['Fear of needles', 'Blood-thinning medication without a doctor’s approval'],
        practitioners: ['Licensed physical therapist with dry needling training'],
        notOfferedInStates: ['OR'],
        conditions: ['301', '302'],
        review: { reviewedBy: '801', lastReviewed: '2026-01-20' },
        seo: { title: null, description: null, image: null },
      },
      {
        id: '202',
        name: 'Manual therapy',
        slug: 'manual-therapy',
        summary: 'Hands-on mobilisation of joints and soft tissue to restore comfortable movement.',
        howItWorks: [paragraph('The therapist moves stiff joints and tissue with their hands, then teaches exercises to keep the gain.')],
        sessionLength: { minMinutes: 45, maxMinutes: 60 },
        cost: { minCents: 8000, maxCents: 12000, currency: 'USD' },
        sideEffects: ['Mild soreness'],
        contraindications: ['Recent fracture in the treated area'],
        practitioners: ['Licensed physical therapist'],
        notOfferedInStates: [],
        conditions: ['301', '302'],
        review: null,
        seo: { title: null, description: null, image: null },
      },
    ],
    conditions: [
      {
        id: '301',
        name: 'Neck pain',
        slug: 'neck-pain',
        summary: 'Aching or stiffness in the neck, often from posture or strain.',
        body: [paragraph('Most neck pain settles within weeks with movement and the right exercises.')],
        therapies: ['201', '202'],
        review: { reviewedBy: '802', lastReviewed: '2025-11-03' },
        seo: { title: null, description: null, image: null },
      },
      {
        id: '302',
        name: 'Plantar fasciitis',
        slug: 'plantar-fasciitis',
        summary: 'Heel pain from an irritated band of tissue under the foot.',
        body: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Stretching and ' },
              {
                type: 'link',
                target: { kind: 'internal', collection: 'therapies', id: '202' },
                children: [{ type: 'text', text: 'manual therapy' }],
              },
              { type: 'text', text: ' help most people.' },
            ],
          },
        ],
        therapies: ['201', '202'],
        review: null,
        seo: { title: null, description: null, image: null },
      },
    ],
    authors: [
      {
        id: '401',
        name: 'Maren Okafor',
        slug: 'maren-okafor',
        credentials: 'PT, DPT',
        jobTitle: 'Clinical director',
        bio: 'Maren has treated runners and office workers for fifteen years.',
        photo: media('902', 'maren-okafor', 'Portrait of Maren Okafor smiling in the clinic'),
        provider: '801',
      },
    ],
    faqs: [
      {
        id: '501',
        question: 'Does dry needling hurt?',
        slug: 'does-dry-needling-hurt',
        answer: [paragraph('You may feel a brief twitch or ache; most people find it milder than expected.')],
        topic: 'Treatments',
        therapies: ['201'],
        conditions: [],
      },
      {
        id: '502',
        question: 'How many sessions will I need?',
        slug: 'how-many-sessions-will-i-need',
        answer: [paragraph('Many people with neck pain need four to six visits; we review progress at every one.')],
        topic: 'Visits',
        therapies: [],
        conditions: ['301'],
      },
    ],
    articles: [
      {
        id: '601',
        title: 'Dry needling or manual therapy for neck pain?',
        slug: 'dry-needling-or-manual-therapy-for-neck-pain',
        subtitle: 'What each one does, and how to choose',
        excerpt: 'Two hands-on treatments for a stiff, sore neck, and how to choose between them.',
        body: articleBody(),
        author: '401',
        publishedAt: '2026-02-10T09:00:00.000Z',
        updatedAt: '2026-02-12T15:45:00.000Z',
        readingTimeMinutes: 1,
        categories: ['Neck and back'],
        heroImage: null,
        relatedTherapies: ['201', '202'],
        relatedConditions: ['301'],
        faqs: ['502'],
        seo: { title: 'Dry needling vs manual therapy for neck pain', description: null, image: null },
        review: { reviewedBy: '801', lastReviewed: '2026-02-11' },
      },
    ],
    comparisons: [
      {
        id: '701',
        title: 'Dry needling vs manual therapy',
        slug: 'dry-needling-vs-manual-therapy',
        intro: 'Both loosen tight muscles; they differ in the tool used and how a session feels.',
        therapies: ['201', '202'],
        rows: [
          { label: 'Tool used', values: [[{ type: 'text', text: 'Fine filament needles' }], [{ type: 'text', text: 'The therapist’s hands' }]] },
          { label: 'Typical session', values: [[{ type: 'text', text: '30–45 minutes' }], [{ type: 'text', text: '45–60 minutes' }]] },
        ],
        whenToChoose: [
          { therapy: '201', text: [paragraph('A knot that keeps coming back despite stretching.')] },
          { therapy: '202', text: [paragraph('Stiff joints, or if you would rather avoid needles.')] },
        ],
        combination: { canCombine: true, how: [paragraph('Needling first to release the muscle, then manual work and exercise in the same visit.')] },
        conditionGuidance: [{ condition: '301', guidance: 'Start with manual therapy; add needling if progress stalls.' }],
        review: { reviewedBy: '801', lastReviewed: '2026-02-11' },
        seo: { title: null, description: null, image: null },
      },
    ],
    redirects: [
      { from: '/blog/2019/desk-neck-pain/', to: '/articles/dry-needling-or-manual-therapy-for-neck-pain/' },
      { from: '/compare/needles-or-hands/', to: '/compare/dry-needling-vs-manual-therapy/' },
      { from: '/book-online.html', to: '/request-appointment/?clinic=tempe' },
      { from: '/careers/', to: 'https://jobs.harbor-lane-physio.example/openings' },
    ],
  }
}
