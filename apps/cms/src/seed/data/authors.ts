import type { SeedAuthor } from '../types'
import { ALL_BRANDS, COBBLESTONE } from './brands'

/*
 * Fictional clinicians; the portraits are drawn as abstract avatars, and their alt text says so.
 * Each is also one brand's provider (./providers.ts, same slug): their bylines link to that profile
 * on that brand's site.
 */

export const RENATA = 'renata-vallejo-strand'
export const ELIAS = 'elias-thornbury'
export const TAMSIN = 'tamsin-achterberg'

export const authors: SeedAuthor[] = [
  {
    name: 'Renata Vallejo-Strand',
    slug: RENATA,
    provider: RENATA,
    brands: ALL_BRANDS,
    credentials: 'PT, DPT, OCS',
    jobTitle: 'Clinical director and orthopedic physical therapist',
    bio: 'Renata has treated runners, desk workers and weekend gardeners for fourteen years. She leads dry needling training for therapists across the Southwest and likes to explain what a treatment does before anyone lies down on the table.',
    photo: {
      key: 'author-renata-vallejo-strand',
      alt: 'Illustrated avatar for Renata Vallejo-Strand: overlapping teal and amber circles',
      palette: ['#1d5c63', '#e0a458'],
      width: 400,
      height: 400,
    },
  },
  {
    name: 'Elias Thornbury',
    slug: ELIAS,
    provider: ELIAS,
    brands: [COBBLESTONE],
    credentials: 'DC',
    jobTitle: 'Chiropractor and spine care lead',
    bio: 'Elias is a chiropractor who works side by side with physical therapists and a physiatrist in Back Bay. His focus is neck and back pain in people who sit for a living, and his favourite prescription is a walk at lunchtime.',
    photo: {
      key: 'author-elias-thornbury',
      alt: 'Illustrated avatar for Elias Thornbury: a burgundy square with a gold arc',
      palette: ['#7a2e3a', '#c9a227'],
      width: 400,
      height: 400,
    },
  },
  {
    name: 'Tamsin Achterberg',
    slug: TAMSIN,
    provider: TAMSIN,
    brands: ALL_BRANDS,
    credentials: 'LMT',
    jobTitle: 'Licensed massage therapist and patient educator',
    bio: 'Tamsin has worked as a massage therapist in sports clinics and physical therapy practices for a decade. She writes about how hands-on care fits alongside exercise and needling, and about what patients can do between visits.',
    photo: {
      key: 'author-tamsin-achterberg',
      alt: 'Illustrated avatar for Tamsin Achterberg: soft sage and slate-blue waves',
      palette: ['#7fb77e', '#2f4b7c'],
      width: 400,
      height: 400,
    },
  },
]
