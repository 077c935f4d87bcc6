import { describe, expect, it } from 'vitest'
import { adminContentSecurityPolicy, adminHeaders, apiHeaders, commonSecurityHeaders } from './headers'

describe('security headers', () => {
  it('tell browsers to keep to HTTPS only when the CMS is served over HTTPS', () => {
    expect(commonSecurityHeaders({ https: true })['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains')
    expect(commonSecurityHeaders({ https: false })).not.toHaveProperty('Strict-Transport-Security')
    expect(adminContentSecurityPolicy({ nonce: 'abc', dev: false, https: true })).toContain('upgrade-insecure-requests')
    expect(adminContentSecurityPolicy({ nonce: 'abc', dev: false, https: false })).not.toContain('upgrade-insecure-requests')
  })

  it('let the admin run only its own scripts with the response’s nonce, and be framed by itself only', () => {
    const policy = adminContentSecurityPolicy({ nonce: 'n0nce', dev: false, https: false })
    expect(policy).toContain("script-src 'self' 'nonce-n0nce'")
    expect(policy).not.toContain('unsafe-eval')
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(policy).toContain("frame-ancestors 'self'")
    expect(adminHeaders({ nonce: 'n0nce', dev: false, https: false })['X-Frame-Options']).toBe('SAMEORIGIN')
    // Only the development server evaluates code (hot reloading).
    expect(adminContentSecurityPolicy({ nonce: 'n0nce', dev: true, https: false })).toContain("'unsafe-eval'")
  })

  it('let the admin show images from its own origin, and from object storage only when media live there', () => {
    expect(adminContentSecurityPolicy({ nonce: 'n0nce', dev: false, https: true })).toContain("img-src 'self' data: blob:;")
    const policy = adminContentSecurityPolicy({ nonce: 'n0nce', dev: false, https: true, imageOrigins: ['https://media.example.com'] })
    expect(policy).toContain("img-src 'self' https://media.example.com data: blob:;")
    // Images only: no scripts, styles or connections from there.
    expect(policy.match(/https:\/\/media\.example\.com/g)).toHaveLength(1)
  })

  it('let API answers run, load or frame nothing', () => {
    expect(apiHeaders()['Content-Security-Policy']).toMatch(/^default-src 'none'; frame-ancestors 'none'/)
    expect(apiHeaders()['X-Frame-Options']).toBe('DENY')
  })
})
