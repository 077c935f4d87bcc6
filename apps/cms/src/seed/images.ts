import sharp from 'sharp'
import type { SeedImage } from './types'

/** A small deterministic pseudo-random generator, so the same key always draws the same picture. */
function generator(seed: string): () => number {
  let state = [...seed].reduce((hash, char) => (Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0), 2166136261)
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x6d2b79f5) >>> 0
    return state / 2 ** 32
  }
}

/**
 * Draws an abstract picture (soft gradient and overlapping circles in the image's two colours)
 * as a JPEG. Demo images are made, not downloaded, so the seed works offline and owns its art.
 */
export async function drawSeedImage(image: SeedImage): Promise<Buffer> {
  const random = generator(image.key)
  const [from, to] = image.palette
  const circles = Array.from({ length: 7 }, (_, index) => {
    const radius = Math.round((0.12 + random() * 0.3) * Math.min(image.width, image.height))
    const cx = Math.round(random() * image.width)
    const cy = Math.round(random() * image.height)
    const fill = index % 2 === 0 ? from : to
    return `<circle cx="${cx}" cy="${cy}" r="${radius}" fill="${fill}" fill-opacity="${(0.25 + random() * 0.4).toFixed(2)}"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${image.width}" height="${image.height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}" stop-opacity="0.35"/><stop offset="1" stop-color="${to}" stop-opacity="0.55"/></linearGradient></defs>
  <rect width="100%" height="100%" fill="#fbfaf7"/><rect width="100%" height="100%" fill="url(#g)"/>${circles}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true }).toBuffer()
}
