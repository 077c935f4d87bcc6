import { describe, expect, it } from 'vitest'
import { MEDIA_KEY_PREFIX, mediaOrigin, newObjectFolder, objectKey, publicObjectUrl } from './objectKeys'

const s3 = (publicUrl: string) => ({ s3: { bucket: 'clinic-media', endpoint: null, region: 'eu-central-1', accessKeyId: 'id', secretAccessKey: 'secret', publicUrl } })

describe('newObjectFolder', () => {
  it('gives each upload its own folder below the media prefix, which nobody can guess', () => {
    const folders = new Set(Array.from({ length: 50 }, () => newObjectFolder()))
    expect(folders.size).toBe(50)
    for (const folder of folders) expect(folder).toMatch(/^media\/[0-9a-f]{32}$/)
  })
})

describe('objectKey', () => {
  it('puts the file in its document\'s folder', () => {
    expect(objectKey('media/0a1b', 'knee exercise.png')).toBe('media/0a1b/knee exercise.png')
  })

  it('finds images stored before they had a folder directly below the media prefix', () => {
    for (const folder of [null, undefined, '', '/']) expect(objectKey(folder, 'logo.png')).toBe(`${MEDIA_KEY_PREFIX}/logo.png`)
  })

  it('never leaves the folder it was given', () => {
    expect(objectKey('media/../../other//./x', 'a.png')).toBe('media/other/x/a.png')
    expect(objectKey('..', 'a.png')).toBe('media/a.png')
  })
})

describe('publicObjectUrl', () => {
  it('encodes each segment of the key, so spaces, # and ? stay part of the file name', () => {
    expect(publicObjectUrl('https://media.example.com', 'media/0a1b/knee exercise #2?.png')).toBe('https://media.example.com/media/0a1b/knee%20exercise%20%232%3F.png')
    expect(publicObjectUrl('https://media.example.com', 'media/0a1b/Knie-Übung.png')).toBe('https://media.example.com/media/0a1b/Knie-%C3%9Cbung.png')
  })

  it('keeps a path of S3_PUBLIC_URL, such as the bucket of a path-style URL', () => {
    const url = publicObjectUrl('http://127.0.0.1:9000/clinic-media', 'media/0a1b/a.png')
    expect(url).toBe('http://127.0.0.1:9000/clinic-media/media/0a1b/a.png')
    expect(new URL(url).pathname).toBe('/clinic-media/media/0a1b/a.png')
  })
})

describe('mediaOrigin', () => {
  it('is the origin of S3_PUBLIC_URL with object storage, and none without', () => {
    expect(mediaOrigin({ s3: null })).toBeNull()
    expect(mediaOrigin(s3('https://media.example.com'))).toBe('https://media.example.com')
    expect(mediaOrigin(s3('http://127.0.0.1:9000/clinic-media'))).toBe('http://127.0.0.1:9000')
  })
})
