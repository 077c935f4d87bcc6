import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { isPrivateAddress } from './fetchImage'
import { imageLocations, parseImagesFrom } from './imageSource'

const OLD = 'https://old-clinic.example'
const none = { imagesFrom: null, oldOrigins: [OLD], inputNames: new Set<string>() }

describe('imageLocations', () => {
  it('reads an address of the old site from --images-from, keeping its path under a site copy', () => {
    const imagesFrom = parseImagesFrom('http://127.0.0.1:8080/mirror', '/')
    expect(imageLocations(`${OLD}/wp-content/uploads/2024/03/calf.jpg`, { ...none, imagesFrom })).toEqual([
      { kind: 'url', url: new URL('http://127.0.0.1:8080/mirror/wp-content/uploads/2024/03/calf.jpg') },
    ])
  })

  it('maps a WordPress uploads folder to the part after /wp-content/uploads/', () => {
    const imagesFrom = parseImagesFrom('https://files.example/backup/uploads/', '/')
    expect(imageLocations(`${OLD}/wp-content/uploads/2024/03/calf.jpg`, { ...none, imagesFrom })).toEqual([
      { kind: 'url', url: new URL('https://files.example/backup/uploads/2024/03/calf.jpg') },
    ])
  })

  it('tries both readings of a local folder, and never leaves it', () => {
    const imagesFrom = parseImagesFrom('backup', '/srv/import')
    expect(imageLocations(`${OLD}/wp-content/uploads/2024/03/calf.jpg`, { ...none, imagesFrom })).toEqual([
      { kind: 'file', path: path.resolve('/srv/import/backup/2024/03/calf.jpg') },
      { kind: 'file', path: path.resolve('/srv/import/backup/wp-content/uploads/2024/03/calf.jpg') },
    ])
    const escaping = imageLocations(`${OLD}/..%2F..%2Fetc/passwd.jpg`, { ...none, imagesFrom })
    expect(escaping.every((location) => location.kind === 'file' && location.path.startsWith(path.resolve('/srv/import/backup') + path.sep))).toBe(true)
  })

  it('fetches other sites\' images as they are, and reads nothing but http(s), data and uploaded files', () => {
    const imagesFrom = parseImagesFrom('http://127.0.0.1:8080/', '/')
    expect(imageLocations('https://cdn.elsewhere.example/a.jpg', { ...none, imagesFrom })).toEqual([{ kind: 'url', url: new URL('https://cdn.elsewhere.example/a.jpg') }])
    expect(imageLocations('file:///etc/passwd', none)).toEqual([])
    expect(imageLocations('javascript:alert(1)', none)).toEqual([])
    expect(imageLocations('data:image/png;base64,iVBORw0KGgo=', none)).toEqual([{ kind: 'data', mimeType: 'image/png', base64: 'iVBORw0KGgo=' }])
  })

  it('reads a saved page\'s relative image beside the page among the uploaded files', () => {
    const inputNames = new Set(['site.zip/posts/neck_files/desk.jpg', 'site.zip/posts/neck.html'])
    expect(imageLocations('neck_files/desk.jpg', { ...none, inputNames, page: 'site.zip/posts/neck.html' })).toEqual([{ kind: 'input', name: 'site.zip/posts/neck_files/desk.jpg' }])
    expect(imageLocations('../../../desk.jpg', { ...none, inputNames: new Set(['desk.jpg']), page: 'neck.html' })).toEqual([{ kind: 'input', name: 'desk.jpg' }])
  })

  it('refuses an --images-from address with credentials or another scheme', () => {
    expect(() => parseImagesFrom('ftp://files.example/', '/')).toThrow(/neither an http\(s\) address/)
    expect(() => parseImagesFrom('https://user:secret@files.example/', '/')).toThrow(/without credentials/)
  })
})

describe('isPrivateAddress', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.20.0.5', '192.168.1.1', '169.254.169.254', '0.0.0.0', '::1', 'fe80::1', 'fd00::5', '::ffff:127.0.0.1'])('%s is private', (address) => {
    expect(isPrivateAddress(address)).toBe(true)
  })
  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111'])('%s is public', (address) => {
    expect(isPrivateAddress(address)).toBe(false)
  })
})
