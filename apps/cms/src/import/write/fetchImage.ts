import dns from 'node:dns'
import fs from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import path from 'node:path'
import sharp from 'sharp'
import { formatBytes } from '../read/formatBytes'
import type { ImportLimits, InputFile } from '../types'
import { type ImageLocation, type ImagesFrom, imageLocations } from './imageSource'

/** An image read and checked, ready to upload. */
export interface FetchedImage {
  bytes: Buffer
  /** A file name for the media library, with the extension of its real format. */
  filename: string
  mimeType: string
  /** Where it was read from, to upload each place once per import. */
  location: string
}

/** Why an image could not be used, in words for the report. */
export class ImageFetchError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImageFetchError'
  }
}

/** Reads the images of imported posts. */
export interface ImageFetcher {
  /**
   * The image `src` of a post, checked to be an image the media library takes; throws
   * {@link ImageFetchError}. `page` is the post's source, beside which relative paths are read.
   */
  fetch(src: string, page?: string): Promise<FetchedImage>
}

export interface ImageFetcherOptions {
  limits: Pick<ImportLimits, 'maxImageBytes' | 'imageTimeoutMs'>
  /** `--images-from`: where the old site's images are now. */
  imagesFrom: ImagesFrom | null
  /** Origins of the old site: their images are read from `imagesFrom` when it is given. */
  oldOrigins: readonly string[]
  /** The import's own files, for images saved beside the pages or packed in the zip. */
  files: readonly InputFile[]
  /**
   * Whether addresses on this machine and private networks may be fetched (and folders read).
   * Off for imports through the API, where the posts come from a user: a post must not make the
   * CMS read its own network. On for the command line, whose user runs the CMS anyway.
   */
  trusted: boolean
}

/** The formats the media library takes (src/collections/Media `mimeTypes`). */
const FORMATS: Record<string, { mimeType: string; extension: string }> = {
  jpeg: { mimeType: 'image/jpeg', extension: 'jpg' },
  png: { mimeType: 'image/png', extension: 'png' },
  webp: { mimeType: 'image/webp', extension: 'webp' },
  avif: { mimeType: 'image/avif', extension: 'avif' },
  heif: { mimeType: 'image/avif', extension: 'avif' },
  gif: { mimeType: 'image/gif', extension: 'gif' },
}

/** More pixels than this (about an 8000 × 6000 photo) would take the resizer too much memory. */
const MAX_PIXELS = 50_000_000
const MAX_REDIRECTS = 3

/** Addresses no imported post may make the CMS fetch through the API: this machine, private and link-local networks. */
const PRIVATE = new net.BlockList()
for (const [address, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  PRIVATE.addSubnet(address, prefix, 'ipv4')
}
for (const [address, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(address, prefix, 'ipv6')
}

/** Whether `address` (an IP) is on this machine or a private network. */
export function isPrivateAddress(address: string): boolean {
  const family = net.isIP(address)
  if (family === 0) return true
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
    if (mapped) return PRIVATE.check(mapped[1] as string, 'ipv4')
    return PRIVATE.check(address, 'ipv6')
  }
  return PRIVATE.check(address, 'ipv4')
}

/** A DNS lookup that refuses private addresses, so the check holds for the address actually connected to. */
const publicLookup: net.LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0)
    const list = addresses as dns.LookupAddress[]
    const refused = list.find((entry) => isPrivateAddress(entry.address))
    if (refused || list.length === 0) {
      return callback(Object.assign(new Error(`${hostname} is on a private network`), { code: 'EPRIVATE' }), '', 0)
    }
    if (options.all) return (callback as unknown as (error: null, addresses: dns.LookupAddress[]) => void)(null, list)
    const first = list[0] as dns.LookupAddress
    return callback(null, first.address, first.family)
  })
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`

/** Downloads `url` within the limits: status 200, an image content type, at most `maxBytes`, the whole of it within the signal's time. */
function download(url: URL, maxBytes: number, signal: AbortSignal, trusted: boolean, redirects = 0): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    if (!trusted && net.isIP(url.hostname.replace(/^\[|\]$/g, '')) !== 0 && isPrivateAddress(url.hostname.replace(/^\[|\]$/g, ''))) {
      reject(new ImageFetchError(`${url.href} is on a private network, which imports through the admin may not read.`))
      return
    }
    const client = url.protocol === 'https:' ? https : http
    const request = client.get(url, { signal, headers: { accept: 'image/*' }, ...(trusted ? {} : { lookup: publicLookup }) }, (response) => {
      const status = response.statusCode ?? 0
      const location = response.headers.location
      if (status >= 300 && status < 400 && location) {
        response.resume()
        const next = URL.parse(location, url)
        if (next === null || !/^https?:$/.test(next.protocol)) return reject(new ImageFetchError(`${url.href} redirects to an address that is not http(s).`))
        if (redirects >= MAX_REDIRECTS) return reject(new ImageFetchError(`${url.href} redirects more than ${MAX_REDIRECTS} times.`))
        return download(next, maxBytes, signal, trusted, redirects + 1).then(resolve, reject)
      }
      if (status !== 200) {
        response.resume()
        return reject(new ImageFetchError(`${url.href} answered HTTP ${status}.`))
      }
      const type = String(response.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
      if (!type.startsWith('image/')) {
        response.destroy()
        return reject(new ImageFetchError(`${url.href} is not an image (it is ${type || 'of no stated type'}).`))
      }
      const declared = Number(response.headers['content-length'])
      if (Number.isFinite(declared) && declared > maxBytes) {
        response.destroy()
        return reject(new ImageFetchError(`${url.href} is ${formatBytes(declared)}, more than the ${formatBytes(maxBytes)} an image may be (IMPORT_MAX_IMAGE_MB).`))
      }
      const chunks: Buffer[] = []
      let size = 0
      response.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > maxBytes) {
          response.destroy()
          reject(new ImageFetchError(`${url.href} is more than the ${formatBytes(maxBytes)} an image may be (IMPORT_MAX_IMAGE_MB).`))
          return
        }
        chunks.push(chunk)
      })
      response.on('end', () => resolve(Buffer.concat(chunks)))
      response.on('error', reject)
    })
    request.on('error', reject)
  })
}

/** The last segment of a location, as a tidy file name without extension. */
function baseName(location: ImageLocation): string {
  const raw = location.kind === 'url' ? location.url.pathname : location.kind === 'file' ? location.path : location.kind === 'input' ? location.name : 'image'
  let name = raw.split(/[\\/]/).filter(Boolean).at(-1) ?? 'image'
  try {
    name = decodeURIComponent(name)
  } catch {
    // Keep it as written.
  }
  const stem = name
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .normalize('NFKD')
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
  return stem || 'image'
}

const describe = (location: ImageLocation) =>
  location.kind === 'url' ? location.url.href : location.kind === 'file' ? location.path : location.kind === 'input' ? `${location.name} (in the uploaded files)` : 'an inline data image'

/**
 * Makes the image reader of an import: it finds each image (inline data, the import's own
 * files, `--images-from`, the web), reads it within the size and time limits, and checks with
 * sharp that it is a picture in a format the media library takes.
 */
export function createImageFetcher(options: ImageFetcherOptions): ImageFetcher {
  const inputs = new Map(options.files.map((file) => [file.name.replace(/\\/g, '/').replace(/^\/+/, ''), file]))
  const inputNames = new Set(inputs.keys())
  const { maxImageBytes, imageTimeoutMs } = options.limits

  async function read(location: ImageLocation): Promise<Buffer> {
    switch (location.kind) {
      case 'data': {
        if ((location.base64.length * 3) / 4 > maxImageBytes) throw new ImageFetchError(`An inline image is more than the ${formatBytes(maxImageBytes)} an image may be.`)
        return Buffer.from(location.base64, 'base64')
      }
      case 'input': {
        const file = inputs.get(location.name)
        if (!file) throw new ImageFetchError(`${location.name} is not among the uploaded files.`)
        if (file.bytes.byteLength > maxImageBytes) throw new ImageFetchError(`${location.name} is more than the ${formatBytes(maxImageBytes)} an image may be.`)
        return Buffer.from(file.bytes)
      }
      case 'file': {
        if (!options.trusted) throw new ImageFetchError('Imports through the admin do not read folders of the server.')
        const stat = await fs.stat(location.path).catch(() => null)
        if (stat === null || !stat.isFile()) throw new ImageFetchError(`${location.path} does not exist.`)
        if (stat.size > maxImageBytes) throw new ImageFetchError(`${location.path} is ${formatBytes(stat.size)}, more than the ${formatBytes(maxImageBytes)} an image may be.`)
        return fs.readFile(location.path)
      }
      case 'url': {
        const signal = AbortSignal.timeout(imageTimeoutMs)
        try {
          return await download(location.url, maxImageBytes, signal, options.trusted)
        } catch (error) {
          if (error instanceof ImageFetchError) throw error
          if (signal.aborted) throw new ImageFetchError(`${location.url.href} did not answer within ${seconds(imageTimeoutMs)} (IMPORT_IMAGE_TIMEOUT_MS).`)
          const code = (error as { code?: unknown }).code
          if (code === 'EPRIVATE') throw new ImageFetchError(`${location.url.href} is on a private network, which imports through the admin may not read.`)
          throw new ImageFetchError(`${location.url.href} could not be downloaded: ${error instanceof Error ? error.message : String(error)}.`)
        }
      }
    }
  }

  return {
    async fetch(src, page) {
      const locations = imageLocations(src, { imagesFrom: options.imagesFrom, oldOrigins: options.oldOrigins, inputNames, page })
      if (locations.length === 0) throw new ImageFetchError(`The image address ${src.slice(0, 200)} cannot be read (only http(s), inline images and uploaded files are).`)
      let lastError: ImageFetchError | null = null
      for (const location of locations) {
        try {
          const bytes = await read(location)
          const metadata = await sharp(bytes).metadata().catch(() => null)
          const format = metadata?.format === undefined ? undefined : FORMATS[metadata.format]
          if (!metadata || !format) {
            throw new ImageFetchError(`${describe(location)} is not an image the media library takes (${metadata?.format ?? 'not a picture'}; JPEG, PNG, WebP, AVIF and GIF are).`)
          }
          if ((metadata.width ?? 0) * (metadata.height ?? 0) > MAX_PIXELS) {
            throw new ImageFetchError(`${describe(location)} is ${metadata.width} × ${metadata.height} pixels, more than the media library resizes (${MAX_PIXELS / 1_000_000} megapixels).`)
          }
          const key = location.kind === 'url' ? location.url.href : location.kind === 'file' ? path.resolve(location.path) : location.kind === 'input' ? `input:${location.name}` : `data:${src.length}:${src.slice(-64)}`
          return { bytes, filename: `${baseName(location)}.${format.extension}`, mimeType: format.mimeType, location: key }
        } catch (error) {
          lastError = error instanceof ImageFetchError ? error : new ImageFetchError(`${describe(location)} could not be read: ${error instanceof Error ? error.message : String(error)}.`)
        }
      }
      throw lastError ?? new ImageFetchError(`The image ${src} could not be read.`)
    },
  }
}
