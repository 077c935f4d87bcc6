import path from 'node:path'

/** Where an image's bytes are read from. */
export type ImageLocation =
  | { kind: 'url'; url: URL }
  | { kind: 'file'; path: string }
  /** A file among the import's own inputs (a saved page's `_files` folder, a zip). */
  | { kind: 'input'; name: string }
  | { kind: 'data'; mimeType: string; base64: string }

/** What `--images-from` names: a web address or a local folder. */
export type ImagesFrom = { kind: 'url'; url: URL } | { kind: 'folder'; path: string }

const UPLOADS = '/wp-content/uploads/'

/**
 * Reads `--images-from`: an http(s) address, or a folder (an absolute path, or relative to `cwd`).
 * Throws with the reason when it is neither.
 */
export function parseImagesFrom(value: string, cwd: string): ImagesFrom {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    const url = URL.parse(value)
    if (url === null || !/^https?:$/.test(url.protocol) || url.username || url.password) {
      throw new Error(`--images-from "${value}" is neither an http(s) address without credentials nor a folder.`)
    }
    return { kind: 'url', url }
  }
  return { kind: 'folder', path: path.resolve(cwd, value) }
}

/** The part of an old image path that `base` stands for: after `/wp-content/uploads/` when `base` is an uploads folder, else the whole path. */
function mappedPath(oldPath: string, baseIsUploads: boolean): string {
  const at = oldPath.indexOf(UPLOADS)
  return baseIsUploads && at >= 0 ? oldPath.slice(at + UPLOADS.length) : oldPath.replace(/^\/+/, '')
}

/**
 * Candidate places to read the image `src` of a post from, best first:
 * - `data:` images as they are;
 * - a path without scheme: a file among the inputs (`inputNames`: beside the page first, then from
 *   the top, then the only file of that name), else under `imagesFrom`;
 * - an address of the old site (one of `oldOrigins`, or any WordPress uploads path) under
 *   `imagesFrom`, which maps either the old site's origin (its whole path is kept) or its uploads
 *   folder (the path after `/wp-content/uploads/` is kept); without `imagesFrom`, the address itself;
 * - any other http(s) address as it is.
 * Nothing else (javascript:, file: …) is ever read.
 */
export function imageLocations(
  src: string,
  options: {
    imagesFrom: ImagesFrom | null
    oldOrigins: readonly string[]
    inputNames: ReadonlySet<string>
    /** The input the post came from (`zip name/page.html`, `export.xml#12`): relative paths are read beside it first. */
    page?: string
  },
): ImageLocation[] {
  const trimmed = src.trim()
  const data = /^data:(image\/[a-z0-9.+-]+);base64,([a-z0-9+/=\s]+)$/i.exec(trimmed)
  if (data) return [{ kind: 'data', mimeType: (data[1] as string).toLowerCase(), base64: data[2] as string }]
  const { imagesFrom } = options

  const absolute = URL.parse(trimmed)
  if (absolute === null) {
    // A relative path: inside the uploaded files first.
    const clean = trimmed.split(/[?#]/)[0] ?? ''
    let decoded = clean
    try {
      decoded = decodeURIComponent(clean)
    } catch {
      // Keep the path as written.
    }
    const normal = path.posix.normalize(decoded.replace(/\\/g, '/')).replace(/^(\.\/)+/, '').replace(/^\/+/, '')
    const out: ImageLocation[] = []
    const folder = options.page === undefined ? '.' : path.posix.dirname(options.page.split('#')[0] ?? '')
    const candidates = [path.posix.normalize(path.posix.join(folder, normal)), normal]
    for (const candidate of new Set(candidates)) {
      if (!candidate.startsWith('../') && candidate !== '..' && options.inputNames.has(candidate)) out.push({ kind: 'input', name: candidate })
    }
    if (out.length === 0) {
      // Files uploaded one by one lose their folders: a file of the same name, if only one has it.
      const name = path.posix.basename(normal)
      const same = [...options.inputNames].filter((input) => path.posix.basename(input) === name)
      if (same.length === 1 && same[0] !== undefined) out.push({ kind: 'input', name: same[0] })
    }
    if (imagesFrom) out.push(...under(imagesFrom, `/${normal}`))
    return out
  }
  if (!/^https?:$/.test(absolute.protocol)) return []
  const ofOldSite = options.oldOrigins.includes(absolute.origin) || absolute.pathname.includes(UPLOADS)
  if (imagesFrom && ofOldSite) return under(imagesFrom, absolute.pathname)
  return [{ kind: 'url', url: absolute }]
}

/** `oldPath` under `imagesFrom`: for a folder, both readings (uploads folder, site copy); for an address, the one its path suggests. */
function under(imagesFrom: ImagesFrom, oldPath: string): ImageLocation[] {
  let decoded = oldPath
  try {
    decoded = decodeURIComponent(oldPath)
  } catch {
    // Keep the path as written.
  }
  if (imagesFrom.kind === 'folder') {
    const candidates = [mappedPath(decoded, true), mappedPath(decoded, false)]
    return [...new Set(candidates)]
      .map((relative) => path.resolve(imagesFrom.path, path.normalize(relative).replace(/^(\.\.(\/|\\|$))+/, '')))
      // Never outside the folder, whatever the post's path says.
      .filter((file) => file === imagesFrom.path || file.startsWith(imagesFrom.path + path.sep))
      .map((file) => ({ kind: 'file' as const, path: file }))
  }
  const base = new URL(imagesFrom.url)
  if (!base.pathname.endsWith('/')) base.pathname += '/'
  const baseIsUploads = /\/uploads\/$/.test(base.pathname)
  const url = new URL(mappedPath(oldPath, baseIsUploads).replace(/^\/+/, ''), base)
  return [{ kind: 'url', url }]
}
