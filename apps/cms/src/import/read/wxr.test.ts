import { describe, expect, it } from 'vitest'
import { importFixture, TEST_LIMITS } from '../fixtures'
import type { SourcePost } from '../types'
import { readSources } from './readSources'
import { readWxr, WxrError } from './wxr'

const exportResult = () => readSources([importFixture('wordpress-export.xml')], TEST_LIMITS)
const post = (id: number) => exportResult().posts.find((candidate) => candidate.source === `wordpress-export.xml#${id}`) as SourcePost

/** A minimal export with the given channel content, namespaces as WordPress writes them unless `wp` says otherwise. */
function wxr(items: string, wp = 'wp'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:${wp}="http://wordpress.org/export/1.2/">
<channel><title>Mesa Clinic</title><link>https://mesa-clinic.example</link>${items}</channel></rss>`
}

describe('WordPress exports (WXR)', () => {
  it('imports published and scheduled posts, and lists every other item as skipped with its reason', () => {
    const result = exportResult()
    expect(result.errors).toEqual([])
    expect(result.posts.map((entry) => entry.source)).toEqual(['wordpress-export.xml#101', 'wordpress-export.xml#102', 'wordpress-export.xml#103', 'wordpress-export.xml#104'])
    const reasons = Object.fromEntries(result.skipped.map((issue) => [issue.source.replace('wordpress-export.xml#', ''), issue.reason]))
    expect(reasons).toEqual({
      110: expect.stringMatching(/"About Us".*a page, not a post/),
      120: expect.stringMatching(/"Knee Taping Basics \(notes\)".*a draft/),
      121: expect.stringMatching(/"Holiday Closure 2021".*in the trash/),
      122: expect.stringMatching(/private on the old site/),
      201: expect.stringMatching(/media attachment/),
      301: expect.stringMatching(/menu item/),
      401: expect.stringMatching(/reusable block/),
    })
  })

  it('reads a post’s metadata: author display name, GMT date, categories then tags, key, address', () => {
    expect(post(101)).toMatchObject({
      key: 'https://harborridge-physio.example/?p=101',
      sourceUrl: 'https://harborridge-physio.example/blog/dry-needling-or-acupuncture/',
      title: 'Dry Needling or Acupuncture? How to Tell Them Apart',
      subtitle: null,
      publishedAt: '2024-01-16T17:00:00.000Z',
      author: 'Mira Kowalski',
      categories: ['Needling', 'Comparisons'],
      jsonLd: [],
    })
    expect(post(102).author).toBe('Theo Bennett')
    // "Uncategorized" is WordPress's default, not a category anyone chose.
    expect(post(103).categories).toEqual(['Massage', 'Desk work'])
  })

  it('takes the featured image from the attachment named by _thumbnail_id, with its alt text and caption', () => {
    expect(post(101).heroImage).toEqual({
      src: 'https://harborridge-physio.example/wp-content/uploads/2024/01/needling-vs-acupuncture-hero.jpg',
      alt: 'Fine needles laid out on a tray next to a treatment table',
      caption: 'Two kinds of needles, two different ideas.',
      role: 'hero',
    })
    expect(post(102).heroImage).toBeNull()
  })

  it('excerpt: the WordPress excerpt, else the Yoast description; Yoast templates are not titles', () => {
    expect(post(102).excerpt).toBe('A day or two of soreness is normal after dry needling. Here is what to expect and when to call us.')
    expect(post(101).excerpt).toBe('Dry needling and acupuncture compared: origin, targets, cost and who performs them.')
    expect(post(103).excerpt).toBeNull()
    expect(post(101).seo).toEqual({ title: null, description: 'Dry needling and acupuncture compared: origin, targets, cost and who performs them.' })
    expect(post(102).seo).toEqual({ title: 'Soreness after dry needling: what is normal', description: null })
  })

  it('classic-editor text gets its paragraphs; [caption] becomes a figure and form shortcodes go, with a warning', () => {
    const html = post(103).html
    expect(html).toMatch(/^<p>Eight hours at a keyboard/)
    expect(html).toContain('<figure><img')
    expect(html).toContain('<figcaption>Upper back work after a long week at the desk.</figcaption>')
    expect(html).toContain('<p>Most of our desk-worker sessions focus on the neck, shoulders and forearms.<br>')
    expect(html).not.toContain('[contact-form-7')
    expect(html).not.toContain('[caption')
    expect(post(103).warnings).toEqual(['The [contact-form-7] shortcode was removed: embedded forms, galleries and media are not imported.'])
  })

  it('block-editor content keeps its markup, without the block comments', () => {
    const html = post(101).html
    expect(html).toContain('<thead><tr><th>Feature</th><th>Dry needling</th><th>Acupuncture</th></tr></thead>')
    expect(html).not.toContain('<!--')
  })

  it('a truncated export is one error naming the file; the other files are still read', () => {
    const result = readSources([importFixture('bad/truncated.xml'), importFixture('wix.html')], TEST_LIMITS)
    expect(result.errors).toEqual([{ source: 'bad/truncated.xml', reason: expect.stringMatching(/^The file ends in the middle of <content:encoded>.*cut short.*Export it again/) }])
    expect(result.posts.map((entry) => entry.source)).toEqual(['wix.html'])
  })

  it('a text file named .xml is an error naming the file', () => {
    const result = readSources([importFixture('bad/not-xml.xml')], TEST_LIMITS)
    expect(result.posts).toEqual([])
    expect(result.errors).toEqual([{ source: 'bad/not-xml.xml', reason: expect.stringContaining('neither a web page (.html), a WordPress export (.xml) nor a zip') }])
  })

  it('XML that is not an export, and a news feed, are errors that say what to export instead', () => {
    const files = [
      { name: 'sitemap.xml', bytes: new TextEncoder().encode('<?xml version="1.0"?><urlset><url><loc>https://mesa-clinic.example/</loc></url></urlset>') },
      { name: 'feed.xml', bytes: new TextEncoder().encode('<rss version="2.0"><channel><title>Mesa</title><item><title>Post</title></item></channel></rss>') },
    ]
    const result = readSources(files, TEST_LIMITS)
    expect(result.errors).toEqual([
      { source: 'sitemap.xml', reason: expect.stringContaining('XML but not a WordPress export') },
      { source: 'feed.xml', reason: expect.stringContaining('news feed, not a WordPress export') },
    ])
  })

  it('reads namespaces by their URI, whatever prefix the file gives them', () => {
    const result = readWxr(
      'other-prefix.xml',
      wxr(
        `<item><title>Heel pain</title><link>https://mesa-clinic.example/heel-pain/</link><guid>https://mesa-clinic.example/?p=7</guid>
        <content:encoded><![CDATA[<p>Morning heel pain.</p>]]></content:encoded>
        <wpx:post_id>7</wpx:post_id><wpx:post_date_gmt>2022-05-01 08:00:00</wpx:post_date_gmt><wpx:status>publish</wpx:status><wpx:post_type>post</wpx:post_type></item>`,
        'wpx',
      ),
    )
    expect(result.posts).toHaveLength(1)
    expect(result.posts[0]).toMatchObject({ source: 'other-prefix.xml#7', title: 'Heel pain', publishedAt: '2022-05-01T08:00:00.000Z', html: '<p>Morning heel pain.</p>' })
  })

  it('password-protected posts and posts without a GMT date are handled with a reason', () => {
    const result = readWxr(
      'export.xml',
      wxr(`
        <item><title>Members only</title><wp:post_id>8</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type><wp:post_password>secret</wp:post_password></item>
        <item><title>Local time</title><wp:post_id>9</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
          <wp:post_date_gmt>0000-00-00 00:00:00</wp:post_date_gmt><pubDate>Mon, 30 Nov -0001 00:00:00 +0000</pubDate><wp:post_date>2021-03-02 09:15:00</wp:post_date>
          <content:encoded><![CDATA[Plain text, no paragraphs.]]></content:encoded></item>`),
    )
    expect(result.skipped).toEqual([{ source: 'export.xml#8', reason: '"Members only" was left out: it is password-protected on the old site.' }])
    expect(result.posts[0]).toMatchObject({ title: 'Local time', publishedAt: '2021-03-02T09:15:00.000Z', key: 'https://mesa-clinic.example/?p=9', html: '<p>Plain text, no paragraphs.</p>' })
    expect(result.posts[0]?.warnings).toEqual([expect.stringContaining('only in the site’s local time')])
  })

  it('a post without a title is read with title null; titles lose their HTML entities', () => {
    const result = readWxr(
      'export.xml',
      wxr(`<item><title></title><wp:post_id>5</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
           <item><title><![CDATA[Q&amp;A: knees &amp; stairs]]></title><wp:post_id>6</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>`),
    )
    expect(result.posts.map((entry) => entry.title)).toEqual([null, 'Q&A: knees & stairs'])
  })

  it('throws a WxrError for XML without a channel', () => {
    expect(() => readWxr('empty.xml', '<?xml version="1.0"?><rss xmlns:wp="http://wordpress.org/export/1.2/"></rss>')).toThrow(WxrError)
  })

  it('a missing featured image attachment is a warning', () => {
    const result = readWxr(
      'export.xml',
      wxr(`<item><title>Hips</title><wp:post_id>3</wp:post_id><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
        <wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>999</wp:meta_value></wp:postmeta></item>`),
    )
    expect(result.posts[0]?.heroImage).toBeNull()
    expect(result.posts[0]?.warnings).toEqual([
      'The export gives no publish date for this post; set it by hand.',
      'The featured image (attachment 999) is not in the export; add a hero image by hand.',
    ])
  })
})
