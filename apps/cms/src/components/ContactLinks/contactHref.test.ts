import { describe, expect, it } from 'vitest'
import { mailtoHref, telHref } from './contactHref'

describe('contact links', () => {
  it('calls the digits of a phone number as the visitor typed it, with its leading +', () => {
    expect(telHref('(480) 555-0100')).toBe('tel:4805550100')
    expect(telHref(' +1 480.555.0100 ext')).toBe('tel:+14805550100')
    expect(telHref('call me')).toBeNull()
  })

  it('writes to one address, and nothing a visitor typed adds headers or recipients', () => {
    expect(mailtoHref('visitor@example.com')).toBe('mailto:visitor@example.com')
    expect(mailtoHref('a?cc=b@example.com')).toBe('mailto:a%3Fcc%3Db@example.com')
    expect(mailtoHref('no-at-sign')).toBeNull()
  })
})
