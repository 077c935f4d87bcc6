import { SNAPSHOT_COLLECTIONS, formatSnapshotProblems } from '@clinic/schema'
import { z } from 'zod'
import type { SnapshotSource } from './snapshot-source'

/** `GET /api/brands/snapshot-index`: the brands the CMS can publish snapshots of. */
export const SnapshotIndexSchema = z.object({
  brands: z.array(z.object({ slug: z.string(), name: z.string() })),
})

/** How to reach the CMS's build endpoints. */
export interface CmsSourceOptions {
  /** CMS_URL with a trailing slash. */
  cmsUrl: string
  /** CMS_BUILD_TOKEN, sent as a bearer token; never printed. */
  token: string
  /**
   * How long one request (headers and body) may take. The snapshot limit is generous because
   * the CMS assembles a big brand's snapshot on request.
   */
  timeoutMs?: { index: number; snapshot: number }
}

const DEFAULT_TIMEOUT_MS = { index: 30_000, snapshot: 180_000 }

/** Snapshots from the CMS's authenticated build endpoints. */
export function createCmsSource({ cmsUrl, token, timeoutMs = DEFAULT_TIMEOUT_MS }: CmsSourceOptions): SnapshotSource {
  const getJson = (relativePath: string, limitMs: number, notFound: string, signal?: AbortSignal) =>
    requestJson(new URL(relativePath, cmsUrl), { cmsUrl, token, limitMs, notFound, signal })

  return {
    description: `CMS at ${cmsUrl}`,

    async listBrands(signal) {
      const url = new URL('api/brands/snapshot-index', cmsUrl)
      const body = await getJson(
        'api/brands/snapshot-index',
        timeoutMs.index,
        `The CMS has no snapshot index at ${url.href} (HTTP 404). Is CMS_URL the address of the CMS?`,
        signal,
      )
      const result = SnapshotIndexSchema.safeParse(body)
      if (!result.success) {
        throw new Error(`The snapshot index at ${url.href} is not { brands: [{ slug, name }] }: ${z.prettifyError(result.error)}`)
      }
      return result.data.brands.map((brand) => brand.slug)
    },

    readSnapshot(slug, signal) {
      return getJson(
        `api/brands/${encodeURIComponent(slug)}/snapshot`,
        timeoutMs.snapshot,
        `The CMS has no snapshot for brand "${slug}" (HTTP 404). Check the slug, and that the brand exists and has published content.`,
        signal,
      )
    },
  }
}

interface RequestOptions {
  cmsUrl: string
  token: string
  limitMs: number
  /** The message for a 404, which means different things per endpoint. */
  notFound: string
  signal: AbortSignal | undefined
}

async function requestJson(url: URL, { cmsUrl, token, limitMs, notFound, signal }: RequestOptions): Promise<unknown> {
  const timeout = AbortSignal.timeout(limitMs)
  const what = `GET ${url.href}`
  const failed = (error: unknown): Error => {
    if (timeout.aborted) return new Error(`The CMS at ${cmsUrl} did not answer ${what} within ${limitMs / 1000} s.`, { cause: error })
    if (signal?.aborted) return new Error(`${what} was cancelled.`, { cause: error })
    return new Error(`Cannot reach CMS at ${cmsUrl} (${what}: ${describeNetworkError(error)}). Check CMS_URL and that the CMS is running.`, {
      cause: error,
    })
  }

  let response: Response
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      signal: signal === undefined ? timeout : AbortSignal.any([timeout, signal]),
    })
  } catch (error) {
    throw failed(error)
  }

  let text: string
  try {
    text = await response.text()
  } catch (error) {
    throw failed(error)
  }

  if (response.status === 401 || response.status === 403) {
    throw new Error(
      `The CMS refused the build token (HTTP ${response.status}) for ${what}. Check that CMS_BUILD_TOKEN matches the CMS's BUILD_TOKEN.`,
    )
  }
  if (response.status === 404) throw new Error(notFound)
  if (!response.ok) {
    throw new Error(`The CMS answered ${what} with HTTP ${response.status} ${response.statusText}: ${describeErrorBody(text)}`)
  }
  try {
    return JSON.parse(text) as unknown
  } catch {
    const type = response.headers.get('content-type') ?? 'no content-type'
    throw new Error(`The CMS answered ${what} with something that is not JSON (${type}): ${excerpt(text)}`)
  }
}

/** `ECONNREFUSED 127.0.0.1:4000` out of undici's `fetch failed` and its cause chain. */
function describeNetworkError(error: unknown): string {
  const parts: string[] = []
  let current: unknown = error
  while (current instanceof Error && parts.length < 4) {
    const code = (current as NodeJS.ErrnoException).code
    parts.push(code === undefined ? current.message : `${code}: ${current.message}`)
    current = current.cause
  }
  return parts.length === 0 ? String(error) : parts.join(' ← ')
}

/** How the CMS reports errors: `{ error }`, plus `problems` when its own snapshot does not fit the contract (HTTP 422). */
const CmsErrorBodySchema = z.object({
  error: z.string(),
  problems: z
    .array(
      z.object({
        brand: z.string(),
        collection: z.enum([...SNAPSHOT_COLLECTIONS, 'brand', 'snapshot']),
        documentId: z.string().nullable(),
        field: z.string(),
        message: z.string(),
      }),
    )
    .optional(),
})

/** The CMS's own error message and problem list when it sent one, else a short excerpt of the body. */
function describeErrorBody(text: string): string {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return excerpt(text)
  }
  const parsed = CmsErrorBodySchema.safeParse(body)
  if (!parsed.success) return excerpt(text)
  const { error, problems } = parsed.data
  return problems === undefined || problems.length === 0 ? error : `${error}\n${formatSnapshotProblems(problems)}`
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat === '') return '(empty body)'
  return JSON.stringify(flat.length > 200 ? `${flat.slice(0, 200)}…` : flat)
}
