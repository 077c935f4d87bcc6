/**
 * A generated WordPress export (WXR 1.2) of `posts` clinic posts, each with a heading structure,
 * a list, an FAQ section and, unless turned off, a comparison table of two therapies, a therapy
 * fact and one image, plus a few small PNG files those images point at. The benchmark's
 * import step imports it with the images mapped to a local folder (`--images-from`, see
 * benchWxrCommand.ts); the integration tests import it without images. Deterministic: the same
 * arguments give the same file.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

/** The old site the posts come from; their images are fetched from the bench's local server instead. */
export const OLD_SITE = 'https://www.old-clinic-blog.example'

const THERAPIES: [string, string][] = [
  ['Dry needling', 'Massage therapy'],
  ['Dry needling', 'Acupuncture'],
  ['Trigger point injection', 'Dry needling'],
]
const CONDITIONS = ['neck pain', 'low back pain', 'plantar fasciitis', 'tennis elbow', 'sciatica', 'frozen shoulder', 'hamstring strain', 'tension headaches']
const STATES: string[][] = [['Oregon', 'California'], ['New York'], ['Hawaii', 'Oregon']]
const IMAGE_COUNT = 12

const escapeXml = (text: string) => text.replace(/[&<>]/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[character] ?? character)
const cdata = (text: string) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`

/** Options of {@link generatedWxr}. */
export interface GeneratedWxrOptions {
  /** One image per post, on the old site (default true): an import needs `--images-from` to fetch them. */
  images?: boolean
  /**
   * A comparison table of two therapies and a therapy fact per post (default true): the brand
   * imported into must list those therapies (the demo network's do).
   */
  therapies?: boolean
}

const pickFrom = <T>(list: readonly T[], index: number): T => list[index % list.length] as T

/** One post's HTML, as WordPress stores it in `content:encoded` (Gutenberg comments included). */
function postHtml(index: number, { images = true, therapies = true }: GeneratedWxrOptions): string {
  const [first, second] = pickFrom(THERAPIES, index)
  const condition = pickFrom(CONDITIONS, index)
  const states = pickFrom(STATES, index)
  const image = `${OLD_SITE}/wp-content/uploads/2024/05/clinic-photo-${(index % IMAGE_COUNT) + 1}.png`
  const figure = `<!-- wp:image --><figure class="wp-block-image"><img src="${image}" alt="A therapist checking a patient's range of motion (${index + 1})"/><figcaption>Checking movement at the first visit.</figcaption></figure><!-- /wp:image -->`
  const comparison = [
    `<!-- wp:heading --><h2>${first} vs ${second.toLowerCase()}</h2><!-- /wp:heading -->`,
    `<!-- wp:table --><figure class="wp-block-table"><table><thead><tr><th>Feature</th><th>${first}</th><th>${second}</th></tr></thead><tbody>`,
    `<tr><td><strong>Tool used</strong></td><td>Thin needles</td><td>Hands or syringe</td></tr>`,
    `<tr><td><strong>Session length</strong></td><td>15 to 30 minutes</td><td>30 to 60 minutes</td></tr>`,
    `<tr><td><strong>Main goal</strong></td><td>Release a trigger point</td><td>Relax a wider area</td></tr>`,
    `</tbody></table></figure><!-- /wp:table -->`,
    `<!-- wp:paragraph --><p>${first} is not offered in ${states.join(' or ')}. A session costs about $${50 + (index % 5) * 5}-$${120 + (index % 4) * 10}.</p><!-- /wp:paragraph -->`,
  ]
  return [
    `<!-- wp:paragraph --><p>Post ${index + 1} looks at ${condition} and two ways our therapists treat it, ${first.toLowerCase()} and ${second.toLowerCase()}.</p><!-- /wp:paragraph -->`,
    `<!-- wp:heading --><h2>What the visit looks like</h2><!-- /wp:heading -->`,
    `<!-- wp:paragraph --><p>A first session starts with a short movement check. <strong>Bring comfortable clothes</strong> and a list of what makes the pain worse.</p><!-- /wp:paragraph -->`,
    ...(images ? [figure] : []),
    `<!-- wp:list --><ul><li>Stiffness in the morning</li><li>Pain that spreads</li><li>Trouble sleeping on one side</li></ul><!-- /wp:list -->`,
    ...(therapies ? comparison : []),
    `<!-- wp:heading --><h2>Frequently asked questions</h2><!-- /wp:heading -->`,
    `<!-- wp:heading {"level":3} --><h3>Does it hurt?</h3><!-- /wp:heading -->`,
    `<!-- wp:paragraph --><p>Most people feel a brief cramp and some soreness for a day.</p><!-- /wp:paragraph -->`,
    `<!-- wp:heading {"level":3} --><h3>How many visits will I need for ${condition}?</h3><!-- /wp:heading -->`,
    `<!-- wp:paragraph --><p>Often three to six, reviewed after the second visit.</p><!-- /wp:paragraph -->`,
    `<!-- wp:paragraph --><p><a href="${OLD_SITE}/request-an-appointment/">Request an appointment</a> to get started.</p><!-- /wp:paragraph -->`,
  ].join('\n')
}

function item(index: number, date: Date, options: GeneratedWxrOptions): string {
  const slug = `clinic-post-${index + 1}`
  const [first, second] = pickFrom(THERAPIES, index)
  const iso = date.toISOString().replace('T', ' ').slice(0, 19)
  return `  <item>
    <title>${escapeXml(`${first} or ${second.toLowerCase()} for ${pickFrom(CONDITIONS, index)}? (${index + 1})`)}</title>
    <link>${OLD_SITE}/${slug}/</link>
    <pubDate>${date.toUTCString()}</pubDate>
    <dc:creator>${cdata(index % 2 === 0 ? 'mhalvorsen' : 'tquill')}</dc:creator>
    <guid isPermaLink="false">${OLD_SITE}/?p=${1000 + index}</guid>
    <description></description>
    <content:encoded>${cdata(postHtml(index, options))}</content:encoded>
    <excerpt:encoded>${cdata('')}</excerpt:encoded>
    <wp:post_id>${1000 + index}</wp:post_id>
    <wp:post_date>${cdata(iso)}</wp:post_date>
    <wp:post_date_gmt>${cdata(iso)}</wp:post_date_gmt>
    <wp:post_name>${cdata(slug)}</wp:post_name>
    <wp:status>${cdata('publish')}</wp:status>
    <wp:post_type>${cdata('post')}</wp:post_type>
    <category domain="category" nicename="treatments">${cdata('Treatments')}</category>
    <category domain="post_tag" nicename="pain">${cdata('Pain')}</category>
  </item>`
}

/** The WXR text of `posts` generated posts. */
export function generatedWxr(posts: number, options: GeneratedWxrOptions = {}): string {
  const start = Date.UTC(2021, 0, 4, 15, 0, 0)
  const items = Array.from({ length: posts }, (_, index) => item(index, new Date(start + index * 86_400_000), options))
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Old clinic blog</title>
  <link>${OLD_SITE}</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>${OLD_SITE}</wp:base_site_url>
  <wp:base_blog_url>${OLD_SITE}</wp:base_blog_url>
  <wp:author><wp:author_id>2</wp:author_id><wp:author_login>${cdata('mhalvorsen')}</wp:author_login><wp:author_display_name>${cdata('Mara Halvorsen')}</wp:author_display_name></wp:author>
  <wp:author><wp:author_id>3</wp:author_id><wp:author_login>${cdata('tquill')}</wp:author_login><wp:author_display_name>${cdata('Teodor Quill')}</wp:author_display_name></wp:author>
${items.join('\n')}
</channel>
</rss>
`
}

/** CRC-32 of a PNG chunk's type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A `size`×`size` PNG of one colour. */
function solidPng(size: number, [red, green, blue]: [number, number, number]): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const row = Buffer.alloc(1 + size * 3)
  for (let x = 0; x < size; x += 1) row.set([red, green, blue], 1 + x * 3)
  const pixels = Buffer.concat(Array.from({ length: size }, () => row))
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))])
}

/**
 * Writes `<dir>/export.xml` and the images at `<dir>/images/wp-content/uploads/2024/05/…`, the
 * old site's paths below a folder that `--images-from` maps the old origin to. Returns the
 * export file and that folder.
 */
export function writeGeneratedImport(dir: string, posts: number): { file: string; imagesDir: string } {
  const uploads = path.join(dir, 'images', 'wp-content', 'uploads', '2024', '05')
  fs.mkdirSync(uploads, { recursive: true })
  for (let index = 0; index < IMAGE_COUNT; index += 1) {
    fs.writeFileSync(path.join(uploads, `clinic-photo-${index + 1}.png`), solidPng(480, [40 + index * 15, 110, 140 - index * 5]))
  }
  const file = path.join(dir, 'export.xml')
  fs.writeFileSync(file, generatedWxr(posts))
  return { file, imagesDir: path.join(dir, 'images') }
}
