import type { OpeningHours } from '@clinic/schema'
import type { SeedClinic, SeedSpecialHours } from '../types'
import { COBBLESTONE, MESQUITE, WRENFIELD } from './brands'
import { ACUPUNCTURE, DRY_NEEDLING, MASSAGE, TRIGGER_POINT_INJECTION } from './therapies'

/*
 * Fictional locations with made-up street numbers on real streets, 555-01xx phone numbers and
 * `.example` addresses. Portland lists dry needling on purpose: Oregon is one of the states where
 * the network does not offer it, so its page shows the "not offered in this state" note.
 * Sacramento simply does not list it. Insurance plans other than Medicare and Medicaid are made
 * up; Fort Collins, the newest location, lists none, so its page asks visitors to call about their plan.
 */

type Hours = readonly [opens: string, closes: string] | null

/** Opening hours Monday to Sunday; `null` is a closed day. */
function week(mon: Hours, tue: Hours, wed: Hours, thu: Hours, fri: Hours, sat: Hours, sun: Hours): OpeningHours[] {
  const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
  return [mon, tue, wed, thu, fri, sat, sun].map((hours, index): OpeningHours => {
    const day = days[index] ?? 'monday'
    return hours === null ? { day, closed: true } : { day, closed: false, opens: hours[0], closes: hours[1] }
  })
}

const weekdays = (opens: string, closes: string, sat: Hours = null): OpeningHours[] => {
  const h = [opens, closes] as const
  return week(h, h, h, h, h, sat, null)
}

const DAY_MS = 86_400_000

/** Noon UTC of a UTC calendar day, as the admin's day picker stores a picked day. */
const pickedDay = (date: Date) => `${date.toISOString().slice(0, 10)}T12:00:00.000Z`

/** The day `days` after the seed runs: demo closures stay ahead of whoever seeds. */
const inDays = (days: number, now = new Date()) => pickedDay(new Date(now.getTime() + days * DAY_MS))

/** The next `month`/`day` (1-based month) after today. */
function nextDate(month: number, day: number, now = new Date()): Date {
  const thisYear = new Date(Date.UTC(now.getUTCFullYear(), month - 1, day))
  return thisYear.getTime() > now.getTime() ? thisYear : new Date(Date.UTC(now.getUTCFullYear() + 1, month - 1, day))
}

/** The next Thanksgiving (fourth Thursday of November) after today. */
function nextThanksgiving(now = new Date()): Date {
  for (const year of [now.getUTCFullYear(), now.getUTCFullYear() + 1]) {
    const first = new Date(Date.UTC(year, 10, 1))
    const firstThursday = 1 + ((4 - first.getUTCDay() + 7) % 7)
    const thanksgiving = new Date(Date.UTC(year, 10, firstThursday + 21))
    if (thanksgiving.getTime() > now.getTime()) return thanksgiving
  }
  throw new Error('no Thanksgiving within a year of the seed date')
}

// A holiday closure and shortened hours before Christmas for the Gilbert clinic (soonest first); a training day
// within the next two weeks for Denver Highlands, so its home-page card mentions it.
const gilbertHolidays: SeedSpecialHours[] = [
  { from: pickedDay(nextThanksgiving()), closed: true, note: 'Thanksgiving' },
  { from: pickedDay(nextDate(12, 24)), closed: false, opens: '08:00', closes: '12:00', note: 'Christmas Eve' },
].sort((a, b) => a.from.localeCompare(b.from))
const highlandsTraining: SeedSpecialHours[] = [{ from: inDays(9), closed: true, note: 'Staff training' }]

export const clinics: SeedClinic[] = [
  // Mesquite Ridge Physical Therapy: one location.
  {
    brand: MESQUITE,
    name: 'Mesquite Ridge Physical Therapy',
    slug: 'mesquite-ridge-gilbert',
    address: { street: '2150 E Williams Field Rd', street2: 'Suite 104', city: 'Gilbert', state: 'AZ', postalCode: '85295', country: 'US' },
    geo: { lat: 33.3069, lng: -111.7436 },
    phone: '(480) 555-0134',
    email: 'hello@mesquite-ridge-pt.example',
    openingHours: week(['07:00', '18:00'], ['07:00', '18:00'], ['07:00', '18:00'], ['07:00', '18:00'], ['07:00', '15:00'], ['08:00', '12:00'], null),
    specialHours: gilbertHolidays,
    therapies: [DRY_NEEDLING, MASSAGE, ACUPUNCTURE],
    booking: { method: 'form', note: 'Send a request and we will call you back within one business day.' },
    insurancePlans: ['Medicare', 'Saguaro Health Alliance', 'Desert Bloom PPO', 'Canyon Workers\' Comp Network'],
    languages: ['en', 'es'],
  },

  // Wrenfield Physical Therapy Group: several states.
  {
    brand: WRENFIELD,
    name: 'Wrenfield PT Denver Highlands',
    slug: 'wrenfield-denver-highlands',
    address: { street: '3120 W 32nd Ave', city: 'Denver', state: 'CO', postalCode: '80211', country: 'US' },
    geo: { lat: 39.7622, lng: -105.0283 },
    phone: '(303) 555-0142',
    email: 'highlands@wrenfield-pt.example',
    openingHours: weekdays('07:00', '19:00', ['08:00', '13:00']),
    specialHours: highlandsTraining,
    therapies: [DRY_NEEDLING, MASSAGE, ACUPUNCTURE, TRIGGER_POINT_INJECTION],
    booking: { method: 'url', url: 'https://book.wrenfield-pt.example/denver-highlands', note: 'Pick a time online; new patients get a 60-minute slot.' },
    insurancePlans: ['Medicare', 'Medicaid', 'Front Range Mutual', 'Aspenleaf Health PPO'],
    languages: ['en', 'es'],
  },
  {
    brand: WRENFIELD,
    name: 'Wrenfield PT Fort Collins',
    slug: 'wrenfield-fort-collins',
    address: { street: '1520 S College Ave', street2: 'Unit B', city: 'Fort Collins', state: 'CO', postalCode: '80524', country: 'US' },
    geo: { lat: 40.5681, lng: -105.0772 },
    phone: '(970) 555-0139',
    email: 'fortcollins@wrenfield-pt.example',
    openingHours: week(['08:00', '17:00'], ['08:00', '19:00'], ['08:00', '17:00'], ['08:00', '19:00'], ['08:00', '16:00'], null, null),
    therapies: [DRY_NEEDLING, MASSAGE],
    booking: { method: 'form' },
    insurancePlans: [],
    languages: ['en'],
  },
  {
    brand: WRENFIELD,
    name: 'Wrenfield PT Austin Mueller',
    slug: 'wrenfield-austin-mueller',
    address: { street: '1900 Aldrich St', street2: 'Suite 120', city: 'Austin', state: 'TX', postalCode: '78723', country: 'US' },
    geo: { lat: 30.2988, lng: -97.7061 },
    phone: '(512) 555-0158',
    email: 'mueller@wrenfield-pt.example',
    openingHours: weekdays('07:30', '18:30', ['09:00', '13:00']),
    therapies: [DRY_NEEDLING, MASSAGE, TRIGGER_POINT_INJECTION],
    booking: { method: 'phone', note: 'Call the front desk; same-week appointments are usually available.' },
    insurancePlans: ['Medicare', 'Bluebonnet Choice PPO', 'Lone Cedar Health'],
    languages: ['en', 'es', 'vi'],
  },
  {
    brand: WRENFIELD,
    name: 'Wrenfield PT Tucson Sam Hughes',
    slug: 'wrenfield-tucson-sam-hughes',
    address: { street: '2630 E Speedway Blvd', city: 'Tucson', state: 'AZ', postalCode: '85716', country: 'US' },
    geo: { lat: 32.2363, lng: -110.9338 },
    phone: '(520) 555-0163',
    email: null,
    openingHours: week(['06:30', '15:00'], ['06:30', '15:00'], ['06:30', '15:00'], ['06:30', '15:00'], ['06:30', '12:00'], ['07:00', '11:00'], null),
    therapies: [DRY_NEEDLING, MASSAGE, ACUPUNCTURE],
    booking: { method: 'url', url: 'https://book.wrenfield-pt.example/tucson' },
    insurancePlans: ['Medicare', 'Medicaid', 'Saguaro Health Alliance'],
    languages: ['en', 'es'],
  },
  {
    brand: WRENFIELD,
    name: 'Wrenfield PT Portland Sellwood',
    slug: 'wrenfield-portland-sellwood',
    address: { street: '7810 SE 13th Ave', city: 'Portland', state: 'OR', postalCode: '97202', country: 'US' },
    geo: { lat: 45.4662, lng: -122.6531 },
    phone: '(503) 555-0117',
    email: 'sellwood@wrenfield-pt.example',
    openingHours: weekdays('08:00', '18:00'),
    therapies: [DRY_NEEDLING, MASSAGE, ACUPUNCTURE],
    booking: { method: 'form', note: 'Dry needling is not offered at our Oregon location; ask us about massage or acupuncture instead.' },
    insurancePlans: ['Medicare', 'Medicaid', 'Cascade Crest Health'],
    languages: ['en', 'ru'],
  },
  {
    brand: WRENFIELD,
    name: 'Wrenfield PT Sacramento Midtown',
    slug: 'wrenfield-sacramento-midtown',
    address: { street: '2417 J St', street2: 'Floor 2', city: 'Sacramento', state: 'CA', postalCode: '95816', country: 'US' },
    geo: { lat: 38.5741, lng: -121.4744 },
    phone: '(916) 555-0126',
    email: 'midtown@wrenfield-pt.example',
    openingHours: week(['09:00', '18:00'], ['07:00', '18:00'], ['09:00', '18:00'], ['07:00', '18:00'], ['08:00', '14:00'], ['09:00', '12:00'], null),
    therapies: [MASSAGE, ACUPUNCTURE, TRIGGER_POINT_INJECTION],
    booking: { method: 'url', url: 'https://book.wrenfield-pt.example/sacramento-midtown' },
    insurancePlans: ['Medicare', 'Medicaid', 'Golden Poppy Health Plan'],
    languages: ['en', 'es', 'zh', 'tl'],
  },

  // Cobblestone Spine & Rehab: Boston.
  {
    brand: COBBLESTONE,
    name: 'Cobblestone Spine & Rehab Back Bay',
    slug: 'cobblestone-back-bay',
    address: { street: '410 Boylston St', street2: '3rd Floor', city: 'Boston', state: 'MA', postalCode: '02116', country: 'US' },
    geo: { lat: 42.3519, lng: -71.0711 },
    phone: '(617) 555-0185',
    email: 'backbay@cobblestone-spine.example',
    openingHours: week(['07:00', '19:00'], ['07:00', '19:00'], ['07:00', '19:00'], ['07:00', '19:00'], ['07:00', '17:00'], ['09:00', '14:00'], null),
    therapies: [DRY_NEEDLING, MASSAGE, ACUPUNCTURE, TRIGGER_POINT_INJECTION],
    booking: { method: 'url', url: 'https://www.cobblestone-spine.example/book/back-bay', note: 'Online booking shows chiropractic, PT and massage times side by side.' },
    insurancePlans: ['Medicare', 'Medicaid', 'Bay State Harbor PPO', 'Commonwealth Lantern HMO'],
    languages: ['en', 'es', 'pt', 'ht'],
  },
  {
    brand: COBBLESTONE,
    name: 'Cobblestone Spine & Rehab Jamaica Plain',
    slug: 'cobblestone-jamaica-plain',
    address: { street: '3710 Washington St', city: 'Boston', state: 'MA', postalCode: '02130', country: 'US' },
    geo: { lat: 42.3016, lng: -71.1139 },
    phone: '(617) 555-0191',
    email: 'jp@cobblestone-spine.example',
    openingHours: week(['08:00', '17:00'], ['10:00', '19:00'], ['08:00', '17:00'], ['10:00', '19:00'], ['08:00', '15:00'], null, null),
    therapies: [DRY_NEEDLING, MASSAGE],
    booking: { method: 'phone' },
    insurancePlans: ['Medicare', 'Medicaid', 'Commonwealth Lantern HMO'],
    languages: ['en', 'es'],
  },
]
