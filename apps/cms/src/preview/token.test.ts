import { describe, expect, it } from 'vitest'
import { previewPath, signPreview, verifyPreview } from './token'

const SECRET = 'unit-test-secret-0123456789abcdef0123'
const NOW = Date.UTC(2026, 10, 22, 12, 0, 0)

function linkOf(path: string) {
  const url = new URL(path, 'http://cms.test')
  const [, , collection, id] = url.pathname.split('/')
  return { collection: collection as string, id: decodeURIComponent(id as string), expires: url.searchParams.get('expires'), sig: url.searchParams.get('sig') }
}

describe('preview links', () => {
  it('verify for the document they were made for, until they expire', () => {
    const link = linkOf(previewPath({ collection: 'articles', id: '42' }, SECRET, 60_000, NOW))
    expect(link.collection).toBe('articles')
    expect(verifyPreview(link, SECRET, NOW + 59_999)).toEqual({ ok: true })
    expect(verifyPreview(link, SECRET, NOW + 60_000)).toEqual({ ok: false, reason: 'expired' })
  })

  it('do not work for another document, collection or secret', () => {
    const link = linkOf(previewPath({ collection: 'articles', id: '42' }, SECRET, 60_000, NOW))
    expect(verifyPreview({ ...link, id: '43' }, SECRET, NOW)).toEqual({ ok: false, reason: 'bad-signature' })
    expect(verifyPreview({ ...link, collection: 'faqs' }, SECRET, NOW)).toEqual({ ok: false, reason: 'bad-signature' })
    expect(verifyPreview(link, `${SECRET}x`, NOW)).toEqual({ ok: false, reason: 'bad-signature' })
  })

  it('cannot be extended by changing the expiry', () => {
    const link = linkOf(previewPath({ collection: 'articles', id: '42' }, SECRET, 60_000, NOW))
    expect(verifyPreview({ ...link, expires: String(Number(link.expires) + 3_600_000) }, SECRET, NOW)).toEqual({ ok: false, reason: 'bad-signature' })
  })

  it('reject missing or malformed values before any comparison', () => {
    const sig = signPreview({ collection: 'articles', id: '42', expires: NOW + 1 }, SECRET)
    for (const [expires, given] of [
      [undefined, sig],
      [String(NOW + 1), undefined],
      ['soon', sig],
      ['-5', sig],
      [String(NOW + 1), `${sig}=`],
      [String(NOW + 1), sig.slice(1)],
    ] as const) {
      expect(verifyPreview({ collection: 'articles', id: '42', expires, sig: given }, SECRET, NOW)).toEqual({ ok: false, reason: 'malformed' })
    }
  })
})
