import path from 'node:path'
import type { Endpoint, PayloadRequest } from 'payload'
import { roleOf } from '../access/roles'
import { userBrandIds } from '../access/userBrands'
import { readAtMost } from '../security/readAtMost'
import { importLimitsFromEnv } from './limits'
import type { ImportLimits, InputFile } from './types'
import { type ImagesFrom, parseImagesFrom } from './write/imageSource'

/** Room for the multipart framing and the form's small fields around the files. */
const MULTIPART_OVERHEAD = 64 * 1024

const answer = (body: unknown, status: number) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
const refuse = (status: number, message: string) => answer({ errors: [{ message }] }, status)

const truthy = (value: FormDataEntryValue | null) => typeof value === 'string' && /^(true|1|on|yes)$/i.test(value.trim())

/**
 * `POST /api/imports/run`: imports existing posts into a brand from a multipart form with
 * `brand` (slug), `files` (one or more WordPress exports, saved pages, zips of them), `dryRun`,
 * `overwritePublished` and optionally `imagesFrom` (an http(s) address where the old site's
 * images are now). Network admins import into every brand, brand admins into their brands;
 * nobody else. The upload is refused by its declared size before it is read, and reading stops
 * at the limit (IMPORT_MAX_INPUT_MB). Answers the report, and for a real import the id of its
 * `imports` record (201); a dry run writes nothing (200).
 */
export const importRunEndpoint: Endpoint = {
  path: '/run',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const role = roleOf(req)
    if (role === null) {
      await req.body?.cancel().catch(() => undefined)
      return refuse(401, 'Log in to import posts.')
    }
    if (role !== 'admin' && role !== 'brand-admin') {
      await req.body?.cancel().catch(() => undefined)
      return refuse(403, 'Only network admins and brand admins import posts. Ask one of them to import your brand\'s posts.')
    }

    const limits = importLimitsFromEnv()
    const form = await readUploadForm(req, limits)
    if (form instanceof Response) return form

    const brand = form.get('brand')
    if (typeof brand !== 'string' || brand.trim() === '') return refuse(400, 'Choose the brand to import into (field "brand", its slug).')
    // The same answer whether the brand exists or not: brand admins learn nothing of other brands.
    if (role === 'brand-admin' && !(await isOwnBrand(req, brand.trim()))) {
      return refuse(403, `You may not import into brand "${brand.trim()}": brand admins import into their own brands only.`)
    }

    const files = await uploadedFiles(form)
    if (files.length === 0) return refuse(400, 'Add at least one file (field "files"): a WordPress export (.xml), saved pages (.html) or a .zip of them.')

    const imagesFrom = imagesFromField(form)
    if (imagesFrom instanceof Response) return imagesFrom

    const dryRun = truthy(form.get('dryRun'))
    // Loaded on first use: the reading and conversion libraries are not needed to start the CMS.
    const { ImportBrandNotFoundError, runImport } = await import('./runImport')
    try {
      const result = await runImport(req.payload, {
        brand: brand.trim(),
        files,
        dryRun,
        overwritePublished: truthy(form.get('overwritePublished')),
        user: req.user ?? null,
        limits,
        imagesFrom,
        trustedImageSources: false,
      })
      return answer({ report: result.report, importId: result.importId }, dryRun ? 200 : 201)
    } catch (error) {
      if (error instanceof ImportBrandNotFoundError) return refuse(404, error.message)
      req.payload.logger.error({ err: error }, `Import into brand "${brand.trim()}" failed`)
      return refuse(500, `The import stopped: ${error instanceof Error ? error.message : String(error)}. Nothing more was written; posts already written are listed in the import's record.`)
    }
  },
}

/**
 * The upload's multipart form, or the refusal to answer: not multipart (415), larger than the
 * import limit by its declared size or once read (413, reading stops there), unreadable (400).
 */
async function readUploadForm(req: PayloadRequest, limits: ImportLimits): Promise<FormData | Response> {
  const maxBody = limits.maxInputBytes + MULTIPART_OVERHEAD
  const tooLarge = `The upload is larger than ${Math.round(limits.maxInputBytes / 1024 / 1024)} MB (IMPORT_MAX_INPUT_MB). Split it into several imports, or use the command line (pnpm --filter cms import-posts).`
  const contentType = req.headers.get('content-type') ?? ''
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    await req.body?.cancel().catch(() => undefined)
    return refuse(415, 'Send the files as multipart/form-data (fields brand, files, dryRun, overwritePublished).')
  }
  const declared = req.headers.get('content-length')
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBody) {
    await req.body?.cancel().catch(() => undefined)
    return refuse(413, tooLarge)
  }
  let bytes: Uint8Array<ArrayBuffer> | undefined
  try {
    bytes = await readAtMost(req.body ?? null, maxBody)
  } catch {
    return refuse(400, 'The upload could not be read; try again.')
  }
  if (bytes === undefined) return refuse(413, tooLarge)
  try {
    return await new Response(bytes, { headers: { 'content-type': contentType } }).formData()
  } catch {
    return refuse(400, 'The upload is not a readable multipart form.')
  }
}

/** Whether `slug` names one of the brands of the requesting brand admin. */
async function isOwnBrand(req: PayloadRequest, slug: string): Promise<boolean> {
  const own = await req.payload.find({
    collection: 'brands',
    where: { and: [{ slug: { equals: slug } }, { id: { in: userBrandIds(req) } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    draft: true,
    overrideAccess: true,
    req,
  })
  return own.docs.length > 0
}

/** The uploaded files (field "files"), each named by its base name only. */
async function uploadedFiles(form: FormData): Promise<InputFile[]> {
  const files: InputFile[] = []
  for (const entry of form.getAll('files')) {
    if (typeof entry === 'string') continue
    files.push({ name: path.posix.basename(entry.name.replace(/\\/g, '/')) || 'upload', bytes: new Uint8Array(await entry.arrayBuffer()) })
  }
  return files
}

/** The "imagesFrom" field: null when empty, else an http(s) address, or the refusal (400). */
function imagesFromField(form: FormData): ImagesFrom | null | Response {
  const value = form.get('imagesFrom')
  if (typeof value !== 'string' || value.trim() === '') return null
  if (!/^https?:\/\//i.test(value.trim())) return refuse(400, '"imagesFrom" must be an http(s) address; folders can only be given on the command line.')
  try {
    return parseImagesFrom(value.trim(), '/')
  } catch (error) {
    return refuse(400, error instanceof Error ? error.message : 'imagesFrom is not valid.')
  }
}
