import { strToU8, zipSync, type Zippable } from 'fflate'
import { describe, expect, it } from 'vitest'
import { importFixture, TEST_LIMITS } from '../fixtures'
import type { InputFile } from '../types'
import { readSources } from './readSources'

const page = (title: string) => strToU8(`<html><head><title>${title}</title></head><body><div class="entry-content"><p>About ${title}.</p></div></body></html>`)
const zipFile = (name: string, entries: Zippable): InputFile => ({ name, bytes: zipSync(entries) })

/**
 * Rewrites fields of a zip's entries in both the central directory and the local headers, to
 * build the damaged and hostile zips a user might upload (sizes that lie, encryption flags).
 */
function patchZip(bytes: Uint8Array, patch: (name: string) => { size?: number; flags?: number } | null): Uint8Array {
  const copy = bytes.slice()
  const view = new DataView(copy.buffer)
  let eocd = copy.length - 22
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd -= 1
  let at = view.getUint32(eocd + 16, true)
  for (let index = 0; index < view.getUint16(eocd + 10, true); index += 1) {
    const nameLength = view.getUint16(at + 28, true)
    const name = new TextDecoder().decode(copy.subarray(at + 46, at + 46 + nameLength))
    const local = view.getUint32(at + 42, true)
    const change = patch(name)
    if (change?.size !== undefined) {
      view.setUint32(at + 24, change.size, true)
      view.setUint32(local + 22, change.size, true)
    }
    if (change?.flags !== undefined) {
      view.setUint16(at + 8, change.flags, true)
      view.setUint16(local + 6, change.flags, true)
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return copy
}

describe('readSources: kinds, limits and zips', () => {
  it('reads several inputs of different kinds together, by content rather than name', () => {
    const result = readSources([importFixture('wordpress-export.xml'), { name: 'saved-as.txt', bytes: page('Knee pain') }, importFixture('wix.html')], TEST_LIMITS)
    expect(result.errors).toEqual([])
    expect(result.posts.map((post) => post.source)).toEqual(['wordpress-export.xml#101', 'wordpress-export.xml#102', 'wordpress-export.xml#103', 'wordpress-export.xml#104', 'saved-as.txt', 'wix.html'])
  })

  it('refuses a file over the input limit by name, without reading it', () => {
    const result = readSources([{ name: 'huge.xml', bytes: new Uint8Array(2048) }, { name: 'ok.html', bytes: page('Ok') }], { ...TEST_LIMITS, maxInputBytes: 1024 })
    expect(result.errors).toEqual([{ source: 'huge.xml', reason: 'The file is 2 KB, more than the limit of 1 KB (IMPORT_MAX_INPUT_MB). Split it, or raise the limit.' }])
    expect(result.posts.map((post) => post.source)).toEqual(['ok.html'])
  })

  it('takes at most maxPosts posts; the rest are errors naming each post', () => {
    const result = readSources([importFixture('wordpress-export.xml')], { ...TEST_LIMITS, maxPosts: 2 })
    expect(result.posts.map((post) => post.source)).toEqual(['wordpress-export.xml#101', 'wordpress-export.xml#102'])
    expect(result.errors.map((error) => error.source)).toEqual(['wordpress-export.xml#103', 'wordpress-export.xml#104'])
    expect(result.errors[0]?.reason).toContain('the most one import takes (IMPORT_MAX_POSTS)')
  })

  it('decodes a page in the character set it declares', () => {
    const latin1 = new Uint8Array([...strToU8('<html><head><meta charset="windows-1252"><title>Caf'), 0xe9, ...strToU8(' posture</title></head><body><div class="entry-content"><p>Text.</p></div></body></html>')])
    expect(readSources([{ name: 'old.html', bytes: latin1 }], TEST_LIMITS).posts[0]?.title).toBe('Café posture')
  })

  it('binary and empty files are errors naming them', () => {
    const result = readSources([{ name: 'photo.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x10]) }, { name: 'empty.html', bytes: new Uint8Array() }], TEST_LIMITS)
    expect(result.errors).toEqual([
      { source: 'photo.jpg', reason: expect.stringContaining('binary') },
      { source: 'empty.html', reason: 'The file is empty.' },
    ])
  })

  it('reads the pages and exports in a zip, named by their path inside it, and keeps its images', () => {
    const image = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])
    const input = zipFile('site.zip', {
      'pages/knee.html': strToU8('<html><head><title>Knee pain</title></head><body><div class="entry-content"><p>Stairs.</p><img src="knee_files/photo.png" alt="A knee"></div></body></html>'),
      'pages/knee_files/photo.png': image,
      'export.xml': importFixture('wordpress-export.xml').bytes,
      'pages/style.css': strToU8('body{}'),
      'pages/app.js': strToU8('alert(1)'),
      '__MACOSX/pages/._knee.html': strToU8('junk'),
      '.DS_Store': strToU8('junk'),
    })
    const result = readSources([input], TEST_LIMITS)
    expect(result.errors).toEqual([])
    expect(result.posts.map((post) => post.source)).toEqual(['site.zip/pages/knee.html', 'site.zip/export.xml#101', 'site.zip/export.xml#102', 'site.zip/export.xml#103', 'site.zip/export.xml#104'])
    expect(result.unpacked?.map((file) => file.name)).toEqual(['site.zip/pages/knee.html', 'site.zip/pages/knee_files/photo.png', 'site.zip/export.xml'])
    expect(result.unpacked?.[1]?.bytes).toEqual(image)
    // The page's image is named as the unpacked file is, so it can be found among the inputs.
    expect(result.posts[0]?.html).toContain('src="site.zip/pages/knee_files/photo.png"')
    expect(result.skipped).toEqual(expect.arrayContaining([{ source: 'site.zip', reason: '2 files were left out: neither pages (.html), WordPress exports (.xml) nor images.' }]))
  })

  it('refuses zip entries whose path climbs out with ".." or is absolute, and still reads the rest', () => {
    const input = zipFile('pages.zip', { '../escape.html': page('Escape'), '/etc/absolute.html': page('Absolute'), 'dir/..\\..\\windows.html': page('Windows'), 'fine.html': page('Fine') })
    const result = readSources([input], TEST_LIMITS)
    expect(result.posts.map((post) => post.source)).toEqual(['pages.zip/fine.html'])
    expect(result.errors).toEqual([
      { source: 'pages.zip/../escape.html', reason: 'This entry of the zip was refused: its path climbs out of the archive with "..".' },
      { source: 'pages.zip//etc/absolute.html', reason: 'This entry of the zip was refused: its path is absolute.' },
      { source: 'pages.zip/dir/..\\..\\windows.html', reason: 'This entry of the zip was refused: its path climbs out of the archive with "..".' },
    ])
    expect(result.unpacked?.map((file) => file.name)).toEqual(['pages.zip/fine.html'])
  })

  it('refuses a zip whose entries declare more than the limit, before inflating anything', () => {
    // 3 MB of zeros compresses to a few kilobytes: a small upload that would unpack far beyond the limit.
    const bomb = zipFile('bomb.zip', { 'big.html': new Uint8Array(3 * 1024 * 1024), 'ok.html': page('Ok') })
    expect(bomb.bytes.length).toBeLessThan(64 * 1024)
    const result = readSources([bomb, { name: 'other.html', bytes: page('Other') }], { ...TEST_LIMITS, maxInputBytes: 1024 * 1024 })
    expect(result.errors).toEqual([{ source: 'bomb.zip', reason: expect.stringMatching(/^bomb\.zip would unpack to 3 MB, more than the limit of 1 MB \(IMPORT_MAX_INPUT_MB\); nothing of it was read/) }])
    expect(result.posts.map((post) => post.source)).toEqual(['other.html'])
    expect(result.unpacked).toEqual([])
  })

  it('stops inflating an entry that produces more than its declared size (a zip bomb that lies)', () => {
    const honest = zipSync({ 'a.html': page('A'), 'big.html': new Uint8Array(3 * 1024 * 1024) })
    const lying = patchZip(honest, (name) => (name === 'big.html' ? { size: 1000 } : null))
    const result = readSources([{ name: 'liar.zip', bytes: lying }], { ...TEST_LIMITS, maxInputBytes: 1024 * 1024 })
    expect(result.errors).toEqual([{ source: 'liar.zip', reason: expect.stringContaining('big.html unpacks to more than the 1000 bytes its directory declares, as zip bombs do; nothing of it was read') }])
    // The whole zip is refused, not only the lying entry.
    expect(result.posts).toEqual([])
    expect(result.unpacked).toEqual([])
  })

  it('does not open a zip inside the zip', () => {
    const inner = zipSync({ 'inner.html': page('Inner') })
    const result = readSources([zipFile('outer.zip', { 'nested.zip': inner, 'page.html': page('Page') })], TEST_LIMITS)
    expect(result.posts.map((post) => post.source)).toEqual(['outer.zip/page.html'])
    expect(result.skipped).toEqual([{ source: 'outer.zip/nested.zip', reason: 'A zip inside the zip is not opened; unzip it and import its files.' }])
  })

  it('refuses encrypted entries and damaged or truncated zips with a reason', () => {
    const encrypted = patchZip(zipSync({ 'secret.html': page('Secret'), 'open.html': page('Open') }), (name) => (name === 'secret.html' ? { flags: 1 } : null))
    const whole = zipSync({ 'a.html': page('A') })
    const result = readSources(
      [
        { name: 'locked.zip', bytes: encrypted },
        { name: 'cut.zip', bytes: whole.subarray(0, whole.length - 30) },
      ],
      TEST_LIMITS,
    )
    expect(result.posts.map((post) => post.source)).toEqual(['locked.zip/open.html'])
    expect(result.errors).toEqual([
      { source: 'locked.zip/secret.html', reason: 'This entry of the zip is encrypted; zip the files again without a password.' },
      { source: 'cut.zip', reason: expect.stringContaining('cut.zip is not a readable zip') },
    ])
  })
})
