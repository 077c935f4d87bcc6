import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ImageServer, startImageServer } from '../../../tests/int/helpers/imageServer'
import { ImageFetchError, createImageFetcher } from './fetchImage'

const limits = { maxImageBytes: 1024 * 1024, imageTimeoutMs: 1_000 }

describe('createImageFetcher', () => {
  let server: ImageServer
  beforeAll(async () => {
    server = await startImageServer()
  })
  afterAll(async () => {
    await server.close()
  })

  const fetcher = (trusted: boolean) => createImageFetcher({ limits, imagesFrom: null, oldOrigins: [], files: [], trusted })

  it('downloads a picture and names it by its real format', async () => {
    const image = await fetcher(true).fetch(`${server.url}/wp-content/uploads/photo.jpg`)
    expect(image).toMatchObject({ mimeType: 'image/jpeg', filename: 'photo.jpg', location: `${server.url}/wp-content/uploads/photo.jpg` })
    expect(image.bytes.length).toBeGreaterThan(100)
  })

  it('refuses, for imports through the API, addresses on this machine, by IP and by name', async () => {
    const before = server.requested.length
    await expect(fetcher(false).fetch(`${server.url}/a.jpg`)).rejects.toThrow(/private network/)
    const byName = server.url.replace('127.0.0.1', 'localhost')
    await expect(fetcher(false).fetch(`${byName}/b.jpg`)).rejects.toThrow(/private network/)
    expect(server.requested.length).toBe(before)
  })

  it('gives up on a server that never answers, within the time limit', async () => {
    const error = await fetcher(true)
      .fetch(`${server.url}/hang.jpg`)
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ImageFetchError)
    expect((error as Error).message).toMatch(/did not answer within 1 s/)
  })

  it('refuses an image larger than the limit', async () => {
    const small = createImageFetcher({ limits: { ...limits, maxImageBytes: 100 }, imagesFrom: null, oldOrigins: [], files: [], trusted: true })
    await expect(small.fetch(`${server.url}/wp-content/uploads/large.jpg`)).rejects.toThrow(/more than the 100 bytes an image may be/)
  })

  it('reads an image among the uploaded files, and checks it is a picture', async () => {
    const files = [{ name: 'notes_files/not-a-picture.jpg', bytes: new TextEncoder().encode('plain words') }]
    const local = createImageFetcher({ limits, imagesFrom: null, oldOrigins: [], files, trusted: false })
    await expect(local.fetch('not-a-picture.jpg', 'notes.html')).rejects.toThrow(/not an image the media library takes/)
  })
})
