import type { SeedBrand } from '../types'

/*
 * Three fictional publishers, one of each clinic kind in the domain brief. Names, domains,
 * phone numbers and handles are invented; domains use the reserved `.example` top-level domain
 * and phone numbers the 555-01xx range set aside for fiction.
 */

export const MESQUITE = 'mesquite-ridge-pt'
export const WRENFIELD = 'wrenfield-pt'
export const COBBLESTONE = 'cobblestone-spine'
export const ALL_BRANDS = [MESQUITE, WRENFIELD, COBBLESTONE]

export const brands: SeedBrand[] = [
  {
    slug: MESQUITE,
    timeZone: 'America/Phoenix',
    name: 'Mesquite Ridge Physical Therapy',
    kind: 'clinic',
    tagline: 'Hands-on physical therapy in Gilbert, one patient at a time.',
    domain: 'www.mesquite-ridge-pt.example',
    theme: {
      primary: '#1d5c63',
      accent: '#e0a458',
      background: '#fbf8f3',
      text: '#1e2a2f',
    },
    logo: {
      key: 'logo-mesquite-ridge-pt',
      alt: 'Mesquite Ridge Physical Therapy logo',
      palette: ['#1d5c63', '#e0a458'],
      width: 320,
      height: 120,
    },
    contact: { phone: '(480) 555-0134', email: 'hello@mesquite-ridge-pt.example' },
    socialLinks: [
      { platform: 'facebook', url: 'https://www.facebook.example/mesquiteridgept' },
      { platform: 'instagram', url: 'https://www.instagram.example/mesquiteridgept' },
    ],
    acceptsAppointments: true,
    medicalDisclaimer:
      'The articles on this site explain common treatments in general terms. They are not a diagnosis and cannot replace an exam by a licensed clinician who knows your history. If your pain is severe, sudden or comes with numbness, weakness or fever, contact a doctor or emergency services first.',
    privacyNotice: [
      'Mesquite Ridge Physical Therapy is a small practice: appointment requests are read by our front-desk team in Gilbert, and by the administrators of the system behind this site only when they have to fix something.',
      'When you use the request form we keep your name, the phone number or email you give us, the treatment and times you would prefer, your message, and when you sent it. That is all: we do not store your IP address, and nothing is collected in the background.',
      'We use it for one thing, calling or writing you back to find an appointment. It is never sold, shared with advertisers or used for newsletters.',
      'The form is not the place for your medical history. Please leave out diagnoses, medication, scan results and insurance numbers; we go through what matters at your first visit, in person.',
      'Requests are deleted automatically after 180 days. Call (480) 555-0134 or write to hello@mesquite-ridge-pt.example if you would like yours removed earlier or want to know what we hold.',
    ].join('\n\n'),
  },
  {
    slug: WRENFIELD,
    timeZone: 'America/Denver',
    name: 'Wrenfield Physical Therapy Group',
    kind: 'group',
    tagline: 'Physical therapy close to home, in five states and counting.',
    domain: 'www.wrenfield-pt.example',
    theme: {
      primary: '#2f4b7c',
      accent: '#7fb77e',
      background: '#ffffff',
      text: '#1b1f24',
    },
    logo: {
      key: 'logo-wrenfield-pt',
      alt: 'Wrenfield Physical Therapy Group logo',
      palette: ['#2f4b7c', '#7fb77e'],
      width: 320,
      height: 120,
    },
    contact: { phone: '(303) 555-0100', email: 'care@wrenfield-pt.example' },
    socialLinks: [
      { platform: 'facebook', url: 'https://www.facebook.example/wrenfieldpt' },
      { platform: 'linkedin', url: 'https://www.linkedin.example/company/wrenfield-pt' },
      { platform: 'youtube', url: 'https://www.youtube.example/@wrenfieldpt' },
    ],
    acceptsAppointments: true,
    medicalDisclaimer:
      'Content from Wrenfield Physical Therapy Group is general education, not personal medical advice. Which services a location can provide depends on state rules and on your own health, so a licensed clinician will confirm that a treatment suits you before it starts. Call 911 in an emergency.',
    privacyNotice: [
      'Wrenfield Physical Therapy Group runs locations in several states. This notice covers the appointment request form on this site.',
      'What a request contains: your name, a phone number and/or email address, the location and treatment you chose, preferred days and times, an optional message, and the time of your consent. We do not store your IP address or device details with it.',
      'Who sees it: the front-desk staff of the location you picked, and our network administrators who keep the system running. It is used only to contact you about this request, and never for marketing.',
      'Please do not describe symptoms, conditions or treatments you have had in the message box. Which services suit you is decided by a licensed clinician at your visit, not from a web form.',
      'Retention: requests are removed from our systems 180 days after they arrive. To ask for earlier deletion or a copy of your request, email care@wrenfield-pt.example or call (303) 555-0100.',
    ].join('\n\n'),
  },
  {
    slug: COBBLESTONE,
    timeZone: 'America/New_York',
    name: 'Cobblestone Spine & Rehab',
    kind: 'spine-practice',
    tagline: 'Chiropractic, physical therapy and spine care under one Boston roof.',
    domain: 'www.cobblestone-spine.example',
    theme: {
      primary: '#7a2e3a',
      accent: '#c9a227',
      background: '#f7f7f5',
      text: '#222222',
    },
    logo: {
      key: 'logo-cobblestone-spine',
      alt: 'Cobblestone Spine & Rehab logo',
      palette: ['#7a2e3a', '#c9a227'],
      width: 320,
      height: 120,
    },
    contact: { phone: '(617) 555-0185', email: 'frontdesk@cobblestone-spine.example' },
    socialLinks: [
      { platform: 'instagram', url: 'https://www.instagram.example/cobblestonespine' },
      { platform: 'x', url: 'https://x.example/cobblestonespine' },
      { platform: 'youtube', url: 'https://www.youtube.example/@cobblestonespine' },
    ],
    acceptsAppointments: true,
    medicalDisclaimer:
      'What you read here is meant to help you ask better questions, not to diagnose or treat anything on its own. Spine symptoms can have many causes; please see a qualified provider before starting any treatment, and seek urgent care for loss of bladder or bowel control, new leg weakness or pain after a fall.',
    privacyNotice: [
      'At Cobblestone Spine & Rehab we treat what you send through this website as confidential front-desk correspondence.',
      'The appointment request form collects your name, how to reach you, the practice and service you are interested in, the times that work for you and a short message. Nothing is collected in the background, and your IP address is not stored.',
      'Your request is read by the reception team of the practice you chose, Back Bay or Jamaica Plain, so they can call or email you to set up a visit. Apart from the administrators who maintain the system, nobody else sees it.',
      'A web form is not a secure medical record: please do not enter symptoms, diagnoses, imaging results or insurance information. We collect your health history properly at intake.',
      'We delete requests 180 days after receiving them. For questions about your data, or to have a request deleted sooner, contact frontdesk@cobblestone-spine.example or (617) 555-0185.',
    ].join('\n\n'),
  },
]
