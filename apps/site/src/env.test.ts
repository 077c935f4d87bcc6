import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { SITE_ROOT, parseEnv } from './env'

describe('parseEnv', () => {
  it('has defaults that build each brand for its own domain into apps/site/dist', () => {
    const env = parseEnv({})
    expect(env).toMatchObject({ cmsUrl: null, snapshotDir: null, outDir: path.join(SITE_ROOT, 'dist'), basePathPerBrand: false, snapshotFile: null })
  })

  it('normalises CMS_URL to one trailing slash and resolves relative paths against apps/site', () => {
    const env = parseEnv({ CMS_URL: 'https://cms.example.com/base//', CMS_BUILD_TOKEN: 't', SNAPSHOT_DIR: 'snapshots', SITE_OUT_DIR: '/tmp/out' })
    expect(env.cmsUrl).toBe('https://cms.example.com/base/')
    expect(env.snapshotDir).toBe(path.join(SITE_ROOT, 'snapshots'))
    expect(env.outDir).toBe('/tmp/out')
  })

  it.each([
    ['true', true],
    ['1', true],
    ['yes', true],
    ['false', false],
    ['0', false],
    ['', false],
  ])('reads SITE_BASE_PATH_PER_BRAND=%j as %s', (value, expected) => {
    expect(parseEnv({ SITE_BASE_PATH_PER_BRAND: value }).basePathPerBrand).toBe(expected)
  })

  it('names the variable in every error', () => {
    expect(() => parseEnv({ SITE_BASE_PATH_PER_BRAND: 'sometimes' })).toThrow('SITE_BASE_PATH_PER_BRAND: SITE_BASE_PATH_PER_BRAND must be true or false')
    expect(() => parseEnv({ CMS_URL: 'ftp://cms.example.com', CMS_BUILD_TOKEN: 't' })).toThrow('CMS_URL: CMS_URL must be an absolute http(s) URL')
    expect(() => parseEnv({ CMS_URL: 'cms.example.com', CMS_BUILD_TOKEN: 't' })).toThrow('CMS_URL: CMS_URL must be an absolute http(s) URL')
    expect(() => parseEnv({ CMS_URL: 'https://cms.example.com' })).toThrow('CMS_BUILD_TOKEN: CMS_BUILD_TOKEN is required when CMS_URL is set')
  })

  it('names the document of a draft preview build, articles by their shorthand too', () => {
    expect(parseEnv({}).preview).toBeNull()
    expect(parseEnv({ SITE_PREVIEW_DOCUMENT: 'therapies:201' }).preview).toEqual({ collection: 'therapies', id: '201' })
    expect(parseEnv({ SITE_PREVIEW_ARTICLE: '42' }).preview).toEqual({ collection: 'articles', id: '42' })
    expect(() => parseEnv({ SITE_PREVIEW_DOCUMENT: 'faqs:7' })).toThrow('SITE_PREVIEW_DOCUMENT: SITE_PREVIEW_DOCUMENT must be <collection>:<id>')
    expect(() => parseEnv({ SITE_PREVIEW_DOCUMENT: 'articles:1', SITE_PREVIEW_ARTICLE: '1' })).toThrow('not both')
  })

  it('treats empty values as unset, as .env templates leave them', () => {
    expect(parseEnv({ CMS_URL: '', CMS_BUILD_TOKEN: '', SITE_OUT_DIR: '' }).outDir).toBe(path.join(SITE_ROOT, 'dist'))
  })
})
