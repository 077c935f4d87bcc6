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
  },
  {
    slug: WRENFIELD,
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
  },
  {
    slug: COBBLESTONE,
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
  },
]
