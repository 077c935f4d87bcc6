import type { Media } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import { pageHead } from './seo'

const image = (id: string): Media => ({ id, url: `https://cms.example/media/${id}.jpg`, alt: `Image ${id}`, width: 1200, height: 630, mimeType: 'image/jpeg', sizes: [] })
const own = { title: 'Dry needling', fullTitle: false, description: 'Fine needles ease tight muscle bands.', image: image('hero') }
const empty = { title: null, description: null, image: null }

describe('pageHead', () => {
  it('keeps today’s head when no SEO field is set: the title with the brand, the lead, the main image', () => {
    expect(pageHead(own, 'Mesquite Ridge PT', empty)).toEqual({ title: 'Dry needling | Mesquite Ridge PT', description: own.description, image: own.image })
    expect(pageHead(own, 'Mesquite Ridge PT', null).title).toBe('Dry needling | Mesquite Ridge PT')
    expect(pageHead({ ...own, title: 'Mesquite Ridge PT: physical therapy in Gilbert', fullTitle: true }, 'Mesquite Ridge PT', empty).title).toBe('Mesquite Ridge PT: physical therapy in Gilbert')
  })

  it('uses each SEO field that is set as it is, and falls back for the others', () => {
    const seo = { title: 'Dry needling in Gilbert, AZ | Mesquite Ridge PT', description: null, image: image('share') }
    expect(pageHead(own, 'Mesquite Ridge PT', seo)).toEqual({ title: seo.title, description: own.description, image: seo.image })
    expect(pageHead({ ...own, image: null }, 'Mesquite Ridge PT', { ...empty, description: 'What a first session is like.' })).toEqual({
      title: 'Dry needling | Mesquite Ridge PT',
      description: 'What a first session is like.',
      image: null,
    })
  })
})
