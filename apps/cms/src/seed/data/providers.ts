import type { SeedImage, SeedProvider } from '../types'
import { authors } from './authors'
import { COBBLESTONE, MESQUITE, WRENFIELD } from './brands'
import { p } from './rich'
import { ACUPUNCTURE, DRY_NEEDLING, MASSAGE } from './therapies'

/*
 * Fictional clinicians, two or three per brand. Three of them also write as authors and share
 * their avatar. NPIs pass the check digit but start with 9, which the NPI registry never issues,
 * so none is a real clinician's number. Joaquín is not taking new patients, so his profile shows it.
 */

export const RENATA_PROVIDER = 'renata-vallejo-strand'
export const JOAQUIN = 'joaquin-delacroix-ybarra'
export const PRIYA = 'priya-wexford-anand'
export const TAMSIN_PROVIDER = 'tamsin-achterberg'
export const MARISOL = 'marisol-ocampo-reyes'
export const ELIAS_PROVIDER = 'elias-thornbury'
export const WEN_LI = 'wen-li-haverford'

/** The avatar an author already has, so that the profile and the byline show the same picture. */
function authorPhoto(slug: string): SeedImage | null {
  const author = authors.find((entry) => entry.slug === slug)
  if (!author) throw new Error(`Demo provider refers to author "${slug}", which is not in the demo network`)
  return author.photo
}

export const providers: SeedProvider[] = [
  // Mesquite Ridge Physical Therapy
  {
    brand: MESQUITE,
    name: 'Renata Vallejo-Strand',
    slug: RENATA_PROVIDER,
    credentials: ['PT', 'DPT', 'OCS'],
    jobTitle: 'Clinical director',
    photo: authorPhoto('renata-vallejo-strand'),
    bio: [
      p('Renata leads the Gilbert clinic and treats runners, desk workers and weekend gardeners. She is a board-certified orthopedic clinical specialist and teaches dry needling to therapists across the Southwest.'),
      p('Her first visit always starts with a conversation: what you want to get back to, and what has already been tried.'),
    ],
    clinics: ['mesquite-ridge-gilbert'],
    therapies: [DRY_NEEDLING, MASSAGE],
    conditions: ['neck-pain', 'plantar-fasciitis', 'tmj-disorders', 'sciatica'],
    languages: ['en', 'es'],
    acceptingNewPatients: true,
    npi: '9003154272',
  },
  {
    brand: MESQUITE,
    name: 'Joaquín Delacroix-Ybarra',
    slug: JOAQUIN,
    credentials: ['L.Ac.'],
    jobTitle: 'Licensed acupuncturist',
    photo: null,
    bio: [p('Joaquín has practised acupuncture for eleven years, most of them alongside physical therapists. He sees people with long-standing pain who want a calm, unhurried session, and he explains every point he uses.')],
    clinics: ['mesquite-ridge-gilbert'],
    therapies: [ACUPUNCTURE],
    conditions: ['low-back-pain', 'neck-pain'],
    languages: ['es', 'en'],
    acceptingNewPatients: false,
    npi: null,
  },

  // Wrenfield Physical Therapy Group
  {
    brand: WRENFIELD,
    name: 'Priya Wexford-Anand',
    slug: PRIYA,
    credentials: ['PT', 'DPT', 'SCS'],
    jobTitle: 'Sports physical therapist',
    photo: {
      key: 'provider-priya-wexford-anand',
      alt: 'Illustrated avatar for Priya Wexford-Anand: a coral half-moon over a deep blue square',
      palette: ['#e4572e', '#29335c'],
      width: 400,
      height: 400,
    },
    bio: [
      p('Priya is a board-certified sports clinical specialist who splits her week between Denver Highlands and Fort Collins. She works with runners, climbers and anyone whose injury keeps them from the trail.'),
      p('She plans a return to sport in stages you can measure, so you know when it is safe to do more.'),
    ],
    clinics: ['wrenfield-denver-highlands', 'wrenfield-fort-collins'],
    therapies: [DRY_NEEDLING],
    conditions: ['hamstring-strain', 'hip-and-knee-pain', 'calf-tightness', 'frozen-shoulder'],
    languages: ['en', 'hi'],
    acceptingNewPatients: true,
    npi: '9004827165',
  },
  {
    brand: WRENFIELD,
    name: 'Tamsin Achterberg',
    slug: TAMSIN_PROVIDER,
    credentials: ['LMT'],
    jobTitle: 'Licensed massage therapist',
    photo: authorPhoto('tamsin-achterberg'),
    bio: [p('Tamsin has worked as a massage therapist in sports clinics and physical therapy practices for a decade. She pairs hands-on work with simple things to do at home between visits.')],
    clinics: ['wrenfield-denver-highlands', 'wrenfield-tucson-sam-hughes'],
    therapies: [MASSAGE],
    conditions: ['fibromyalgia', 'tension-headaches', 'neck-pain'],
    languages: ['en'],
    acceptingNewPatients: true,
    npi: null,
  },
  {
    brand: WRENFIELD,
    name: 'Marisol Ocampo-Reyes',
    slug: MARISOL,
    credentials: ['PT', 'DPT'],
    jobTitle: 'Physical therapist',
    photo: null,
    bio: [p('Marisol treats back pain, sciatica and the aches of long workdays at the Austin and Tucson clinics. She grew up translating for her grandparents at the doctor\'s and sees patients in English and Spanish.')],
    clinics: ['wrenfield-austin-mueller', 'wrenfield-tucson-sam-hughes'],
    therapies: [DRY_NEEDLING, MASSAGE],
    conditions: ['sciatica', 'low-back-pain', 'tennis-elbow', 'plantar-fasciitis'],
    languages: ['en', 'es'],
    acceptingNewPatients: true,
    npi: '9005172033',
  },

  // Cobblestone Spine & Rehab
  {
    brand: COBBLESTONE,
    name: 'Elias Thornbury',
    slug: ELIAS_PROVIDER,
    credentials: ['DC'],
    jobTitle: 'Chiropractor and spine care lead',
    photo: authorPhoto('elias-thornbury'),
    bio: [p('Elias is a chiropractor who works side by side with the physical therapists in Back Bay. His focus is neck and back pain in people who sit for a living.')],
    clinics: ['cobblestone-back-bay'],
    therapies: [],
    conditions: ['neck-pain', 'low-back-pain', 'tension-headaches'],
    languages: ['en', 'pt'],
    acceptingNewPatients: true,
    npi: '9006288416',
  },
  {
    brand: COBBLESTONE,
    name: 'Wen-Li Haverford',
    slug: WEN_LI,
    credentials: ['PT', 'DPT', 'OCS'],
    jobTitle: 'Orthopedic physical therapist',
    photo: {
      key: 'provider-wen-li-haverford',
      alt: 'Illustrated avatar for Wen-Li Haverford: two plum triangles on a pale green field',
      palette: ['#6b2d5c', '#b8d8ba'],
      width: 400,
      height: 400,
    },
    bio: [p('Wen-Li treats shoulders, necks and jaws at both Boston clinics and uses dry needling where it helps the exercises along. She teaches a course on pain science for new graduates.')],
    clinics: ['cobblestone-back-bay', 'cobblestone-jamaica-plain'],
    therapies: [DRY_NEEDLING],
    conditions: ['neck-pain', 'shoulder-impingement', 'tmj-disorders'],
    languages: ['en', 'zh'],
    acceptingNewPatients: true,
    npi: '9007046599',
  },
]
