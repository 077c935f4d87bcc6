import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import S3rver from 's3rver'

/** A local S3-compatible server (s3rver) with one bucket, on 127.0.0.1 and a free port. */
export interface S3Server {
  /** The bucket the CMS writes to. */
  bucket: string
  /** `http://127.0.0.1:<port>`: the S3 API. */
  endpoint: string
  /** `<endpoint>/<bucket>`: where the objects are read publicly (path-style URLs). */
  publicUrl: string
  /** The CMS's S3_* variables for this server. */
  env: Record<string, string>
  /** Paths of the GET requests so far, in order (the reads of the images). */
  readonly downloads: string[]
  /** The keys in the bucket, sorted, listed through the S3 API. */
  keys(): Promise<string[]>
  /** Stops the server and removes its folder. */
  close(): Promise<void>
}

// s3rver's default credentials: it checks signatures against them.
const ACCESS_KEY = 'S3RVER'

const parser = new XMLParser({ isArray: (name) => name === 'Contents' })

/**
 * Starts s3rver on a free port with its objects in a new temporary folder; {@link S3Server.close}
 * removes both.
 */
export async function startS3Server(bucket = 'clinic-media-test'): Promise<S3Server> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'cms-s3-'))
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] })
  const { port } = await server.run()
  const downloads: string[] = []
  server.httpServer?.on('request', (request: { method?: string; url?: string }) => {
    if (request.method === 'GET') downloads.push(request.url ?? '')
  })
  const endpoint = `http://127.0.0.1:${port}`
  const publicUrl = `${endpoint}/${bucket}`
  return {
    bucket,
    endpoint,
    publicUrl,
    env: {
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: ACCESS_KEY,
      S3_SECRET_ACCESS_KEY: ACCESS_KEY,
      S3_PUBLIC_URL: publicUrl,
    },
    downloads,
    async keys() {
      // s3rver answers unsigned listings; a real bucket would not (listing is for its owner).
      const response = await fetch(`${publicUrl}?list-type=2`)
      if (!response.ok) throw new Error(`Listing bucket ${bucket} failed: HTTP ${response.status}`)
      const listing = parser.parse(await response.text()) as { ListBucketResult?: { Contents?: { Key: string }[]; IsTruncated?: boolean } }
      if (listing.ListBucketResult?.IsTruncated) throw new Error(`Bucket ${bucket} holds more keys than one listing: the test wrote far more than it should`)
      return (listing.ListBucketResult?.Contents ?? []).map((entry) => String(entry.Key)).sort()
    },
    async close() {
      await server.close()
      await fs.rm(directory, { recursive: true, force: true })
    },
  }
}
