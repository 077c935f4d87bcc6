import { describe, expect, it } from 'vitest'
import { importFixture, TEST_LIMITS } from '../fixtures'
import type { SourcePost } from '../types'
import { readSources } from './readSources'

/** Reads one fixture page and returns its post. */
function page(name: string): SourcePost {
  const result = readSources([importFixture(name)], TEST_LIMITS)
  expect(result.errors).toEqual([])
  expect(result.posts).toHaveLength(1)
  return result.posts[0] as SourcePost
}

/** The post's content as the reader sees it, as text. */
function contentText(post: SourcePost): string {
  return post.html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ')
}

describe('saved pages: main content and metadata', () => {
  it('WordPress block theme: the post only, without theme, form, comments or scripts', () => {
    const post = page('wordpress-block-theme.html')
    expect(post).toMatchObject({
      source: 'wordpress-block-theme.html',
      key: 'https://juniperflats-pt.example/blog/dry-needling-vs-massage-therapy/',
      sourceUrl: 'https://juniperflats-pt.example/blog/dry-needling-vs-massage-therapy/',
      title: 'Dry Needling vs. Massage Therapy: Which One Fits You?',
      publishedAt: '2024-03-12T16:30:00.000Z',
      author: 'Dana Whitfield',
      categories: ['Treatments'],
      excerpt: 'Dry needling and massage both ease sore muscles, but they work differently. A side-by-side look to help you pick.',
      heroImage: { src: 'https://juniperflats-pt.example/wp-content/uploads/2024/03/treatment-room.jpg', alt: 'A bright treatment room with a padded table by the window', caption: '', role: 'hero' },
    })
    const text = contentText(post)
    expect(text).toContain('When to choose dry needling')
    expect(text).toContain('Can they be combined?')
    expect(text).toContain('Request an appointment')
    for (const chrome of ['Skip to content', 'Services', 'Recent Posts', 'Posted in', 'Leave a Reply', 'Great breakdown', 'Book online', 'Send request', '118 Mesa Verde Road', 'gtag', 'bookingWidget']) {
      expect(text).not.toContain(chrome)
    }
    expect(post.html).not.toMatch(/<(script|iframe|form|style|input|select)\b/i)
    expect(post.html).not.toMatch(/\son\w+=/i)
    // The post's own table and image stay for the converter.
    expect(post.html).toContain('<table')
    expect(post.html).toContain('needling-shoulder-1024x683.jpg')
    expect(post.warnings).toEqual(
      expect.arrayContaining([expect.stringContaining('embedded frame or video (from scheduler.example)'), expect.stringContaining('embedded form was left out')]),
    )
  })

  it('WordPress classic theme: entry title, entry date, byline and category links', () => {
    const post = page('wordpress-magazine-theme.html')
    expect(post).toMatchObject({
      title: 'Dry Needling: What to Expect at Your First Session',
      publishedAt: '2023-11-08T14:05:00.000Z',
      author: 'Priya Ramanathan',
      categories: ['Needling', 'Recovery', 'trigger points'],
      sourceUrl: 'https://cedarhollow-wellness.example/2023/11/dry-needling-first-session/',
      heroImage: null,
    })
    const text = contentText(post)
    expect(text).toContain('Frequently asked questions')
    expect(text).toContain('What is dry needling?')
    for (const chrome of ['Share this', 'Facebook', 'Related', 'Tagged', 'Does insurance usually cover this?', 'Proudly powered', 'Plain answers about feeling better', 'Menu']) {
      expect(text).not.toContain(chrome)
    }
  })

  it('Squarespace: skip link and icon names stay out; a date shown without a year comes from the metadata', () => {
    const post = page('squarespace.html')
    expect(post).toMatchObject({
      title: 'Three small habits for a calmer lower back',
      author: 'Marcus Ellery',
      publishedAt: '2024-05-21T12:00:00.000Z',
      sourceUrl: 'https://www.tidewater-motion.example/journal/calmer-lower-back',
    })
    expect(post.warnings).toEqual([])
    const text = contentText(post)
    expect(text).toContain('Stand up every half hour.')
    expect(text).toContain('Book a visit')
    for (const chrome of ['Skip to Content', 'chevron-left', 'pushpin', 'SQUARESPACE_CONTEXT', 'Get new posts by email', 'Sign Up', '0 Comments', 'Five minutes for your hips', 'Coos Bay']) {
      expect(text).not.toContain(chrome)
    }
    expect(post.jsonLd).toEqual(expect.arrayContaining([expect.objectContaining({ '@type': 'Article', author: 'Marcus Ellery' })]))
  })

  it('a chain CMS: subtitle, JSON-LD date and author, tags but not the "All" listing', () => {
    const post = page('clinic-chain-cms.html')
    expect(post).toMatchObject({
      title: '5 Ways Dry Needling Helps Runners Recover',
      subtitle: 'What the treatment does for tight legs, and where our clinics offer it',
      publishedAt: '2024-03-03T15:00:00.000Z',
      author: 'Rafael Ortiz, PT, DPT',
      categories: ['Running'],
    })
    expect(post.jsonLd.map((object) => (object as { '@type': string })['@type'])).toEqual(['BlogPosting', 'FAQPage'])
    const text = contentText(post)
    expect(text).toContain('Better circulation')
    expect(text).not.toContain('Subscribe')
    expect(text).not.toContain('hbspt')
    expect(text).not.toContain('Related posts')
  })

  it('Wix: data-hook title and author; views, likes and comments stay out', () => {
    const post = page('wix.html')
    expect(post).toMatchObject({ title: 'Sciatica after long drives: what helps', author: 'Elena Marsh', publishedAt: '2023-09-04T16:20:00.000Z' })
    const text = contentText(post)
    expect(text).toContain('Before you leave')
    for (const chrome of ['37 views', '3 likes', 'Write a comment', 'Recent Posts', 'Share', '4 min read', 'Skip to Main Content']) {
      expect(text).not.toContain(chrome)
    }
  })

  it('a page without a title is read with title null, for the plan to refuse by name', () => {
    const post = page('bad/no-title.html')
    expect(post.title).toBeNull()
    expect(post.source).toBe('bad/no-title.html')
    expect(post.warnings).toContain('No publish date was found on the page; set it by hand.')
  })
})

describe('saved pages: inline cases', () => {
  const read = (html: string, name = 'post.html') => {
    const result = readSources([{ name, bytes: new TextEncoder().encode(html) }], TEST_LIMITS)
    return result.posts[0] as SourcePost
  }

  it('a date shown without a year takes the year of the page’s modified date, and says so', () => {
    const post = read(`<html><head><meta property="article:modified_time" content="2024-01-05T10:00:00Z"></head><body>
      <article><h1>Winter knees</h1><span data-hook="time-ago">Dec 28</span><div data-hook="post-description"><p>Cold mornings and stiff knees.</p></div></article></body></html>`)
    // Dec 28 before a January modification is the December of the year before.
    expect(post.publishedAt).toBe('2023-12-28T12:00:00.000Z')
    expect(post.warnings.join(' ')).toMatch(/"Dec 28", without a year.*Check the publish date/)
  })

  it('a date shown without a year and no other date gives no date and a warning', () => {
    const post = read('<html><body><article><h1>Winter knees</h1><span data-hook="time-ago">Sep 4</span><div data-hook="post-description"><p>Cold mornings.</p></div></article></body></html>')
    expect(post.publishedAt).toBeNull()
    expect(post.warnings.join(' ')).toContain('"Sep 4", without a year, and has no other date; set the publish date by hand')
  })

  it('a shown date with a year is read when there is no machine date', () => {
    const post = read('<html><body><article class="blog-post"><div class="blog-post__meta"><a href="/blog/tag/all">All</a> · <span class="blog-post__date">March 3, 2024</span></div><h1>Calf cramps</h1><div class="blog-post__body"><p>Text.</p></div></article></body></html>')
    expect(post.publishedAt).toBe('2024-03-03T12:00:00.000Z')
    expect(post.categories).toEqual([])
  })

  it('takes the title from og:title or <title> without the site name', () => {
    expect(read('<html><head><title>Knee pain on stairs | Mesa Clinic</title></head><body><div class="entry-content"><p>Stairs.</p></div></body></html>').title).toBe('Knee pain on stairs')
    expect(read('<html><head><meta property="og:site_name" content="Mesa Clinic"><meta property="og:title" content="Knee pain - when to worry - Mesa Clinic"></head><body><div class="entry-content"><p>Stairs.</p></div></body></html>').title).toBe(
      'Knee pain - when to worry',
    )
    expect(read('<html><head><title>Dry needling: what to expect</title></head><body><div class="entry-content"><p>Text.</p></div></body></html>').title).toBe('Dry needling: what to expect')
  })

  it('an article:author that is a profile URL is no name; JSON-LD gives the author instead', () => {
    const post = read(`<html><head><meta property="article:author" content="https://social.example/clinic">
      <script type="application/ld+json">{"@type":"BlogPosting","headline":"Hip mobility","author":[{"@type":"Person","name":"Jo Park"}],"datePublished":"2024-02-01"}</script>
      </head><body><div class="entry-content"><p>Hips.</p></div></body></html>`)
    expect(post.author).toBe('Jo Park')
    expect(post.title).toBe('Hip mobility')
    expect(post.publishedAt).toBe('2024-02-01T12:00:00.000Z')
  })

  it('a broken JSON-LD block is a warning, not a failure', () => {
    const post = read('<html><head><script type="application/ld+json">{"@type": "BlogPosting",</script></head><body><h1>Hips</h1><div class="entry-content"><p>Hips.</p></div></body></html>')
    expect(post.title).toBe('Hips')
    expect(post.warnings.join(' ')).toContain('JSON-LD block of the page is not valid JSON')
  })

  it('without platform markup, Readability finds the article and the page around it stays out', () => {
    const paragraph = 'Shoulder pain after painting a ceiling is common, and most of it settles with rest and gentle movement over a week or two. '
    const post = read(`<html><head><title>Painter's shoulder</title></head><body>
      <div id="top"><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li></ul></div>
      <div id="layout"><div id="story"><h1>Painter's shoulder</h1><p>${paragraph.repeat(4)}</p><p>${paragraph.repeat(3)}</p><p>${paragraph.repeat(3)}</p></div>
      <div id="extra"><a href="/privacy">Privacy</a></div></div></body></html>`)
    expect(post.html).toContain('Shoulder pain after painting')
    expect(post.html).not.toContain('About us')
    expect(post.warnings).not.toEqual(expect.arrayContaining([expect.stringContaining('whole page was taken')]))
  })

  it('images a saved page keeps beside it are renamed relative to the inputs', () => {
    const post = read('<html><body><h1>Desk setup</h1><div class="entry-content"><p>Screen height.</p><img src="desk_files/screen.jpg" alt="A raised screen"><img src="/wp-content/uploads/a.jpg" alt="Absolute path"></div></body></html>', 'saved/desk.html')
    expect(post.html).toContain('src="saved/desk_files/screen.jpg"')
    expect(post.html).toContain('src="/wp-content/uploads/a.jpg"')
  })
})
