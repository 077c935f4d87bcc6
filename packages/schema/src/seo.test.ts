import { describe, expect, it } from 'vitest'
import { PageSeoSchema, SEO_DESCRIPTION_MAX_LENGTH, SEO_TITLE_MAX_LENGTH, SeoSchema } from './seo'

const image = { id: '7', url: 'https://cms.example/media/neck.jpg', alt: 'A therapist treating a neck', width: 1200, height: 630, mimeType: 'image/jpeg', sizes: [] }

describe('SeoSchema', () => {
  it('keeps what the editor set', () => {
    const seo = { title: 'Dry needling for neck pain | Mesquite Ridge PT', description: 'What a first session is like.', image }
    expect(SeoSchema.parse(seo)).toEqual(seo)
  })

  it('reads a page without SEO fields (an older snapshot) as all empty', () => {
    expect(PageSeoSchema.parse(undefined)).toEqual({ title: null, description: null, image: null })
    expect(SeoSchema.parse({})).toEqual({ title: null, description: null, image: null })
    expect(SeoSchema.parse({ title: 'Only a title' })).toEqual({ title: 'Only a title', description: null, image: null })
  })

  it('refuses a title or description search engines would cut, at the bounds', () => {
    expect(SeoSchema.safeParse({ title: 'x'.repeat(SEO_TITLE_MAX_LENGTH) }).success).toBe(true)
    expect(SeoSchema.safeParse({ title: 'x'.repeat(SEO_TITLE_MAX_LENGTH + 1) }).success).toBe(false)
    expect(SeoSchema.safeParse({ description: 'y'.repeat(SEO_DESCRIPTION_MAX_LENGTH) }).success).toBe(true)
    const long = SeoSchema.safeParse({ description: 'y'.repeat(SEO_DESCRIPTION_MAX_LENGTH + 1) })
    expect(long.success).toBe(false)
    expect(long.error?.issues[0]?.path).toEqual(['description'])
  })

  it('refuses blank text, which would make an empty title or description', () => {
    expect(SeoSchema.safeParse({ title: '   ' }).success).toBe(false)
    expect(SeoSchema.safeParse({ description: '' }).success).toBe(false)
  })

  it('refuses an image without alternative text', () => {
    expect(SeoSchema.safeParse({ image: { ...image, alt: '' } }).success).toBe(false)
  })
})
