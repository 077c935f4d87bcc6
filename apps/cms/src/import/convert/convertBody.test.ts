import { type ImportBlockNode, ImportBlockNodeSchema, inlineText } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import { importFixture, TEST_LIMITS } from '../fixtures'
import { readSources } from '../read/readSources'
import type { ConvertContext, ConvertedBody, SourcePost } from '../types'
import { convertBody } from './convertBody'

const OLD = 'https://mesa-clinic.example'
const ctx: ConvertContext = { oldOrigins: [OLD], pageUrl: `${OLD}/blog/knees/`, title: 'Knee pain on stairs' }

/** Converts and checks that every block fits the import report's contract. */
function convert(html: string, context: ConvertContext = ctx): ConvertedBody {
  const converted = convertBody(html, context)
  for (const block of converted.body) expect(ImportBlockNodeSchema.safeParse(block).success, JSON.stringify(block)).toBe(true)
  return converted
}

const body = (html: string, context?: ConvertContext) => convert(html, context).body

/** All the text of a body, for "never in the draft" checks. */
function allText(blocks: readonly ImportBlockNode[]): string {
  return JSON.stringify(blocks)
}

function fixturePost(name: string): SourcePost {
  return readSources([importFixture(name)], TEST_LIMITS).posts[0] as SourcePost
}

describe('convertBody: a WordPress block-theme post', () => {
  const post = fixturePost('wordpress-block-theme.html')
  const converted = convert(post.html, { oldOrigins: ['https://juniperflats-pt.example'], pageUrl: post.sourceUrl, title: post.title })

  it('keeps the structure: headings, the comparison table with its header row, the image, the list', () => {
    const shape = converted.body.map((node) => (node.type === 'heading' ? `h${node.level}:${inlineText(node.children)}` : node.type))
    expect(shape).toEqual([
      'paragraph',
      'h2:How the two treatments differ',
      'paragraph',
      'table',
      'paragraph', // the table's caption
      'image',
      'h2:When to choose dry needling',
      'paragraph',
      'list',
      'h2:When to choose massage',
      'paragraph',
      'h2:Can they be combined?',
      'paragraph',
      'paragraph', // the "Request an appointment" button
    ])
    const table = converted.body.find((node) => node.type === 'table')
    expect(table?.type === 'table' && table.rows[0]?.cells).toEqual([
      { header: true, children: [{ type: 'text', text: 'Feature' }] },
      { header: true, children: [{ type: 'text', text: 'Dry needling' }] },
      { header: true, children: [{ type: 'text', text: 'Massage therapy' }] },
    ])
    expect(table?.type === 'table' && table.rows[1]?.cells[0]).toEqual({ header: false, children: [{ type: 'text', text: 'Tool used', bold: true }] })
    expect(table?.type === 'table' && table.rows).toHaveLength(7)
  })

  it('lists the image with its alt text and caption', () => {
    expect(converted.images).toEqual([
      {
        src: 'https://juniperflats-pt.example/wp-content/uploads/2024/03/needling-shoulder-1024x683.jpg',
        alt: "A physical therapist placing a thin needle beside a patient's shoulder blade",
        caption: 'Dry needling aims at one knot at a time.',
        role: 'body',
      },
    ])
    expect(converted.warnings).toEqual([])
  })

  it('keeps links to the old site as absolute addresses and lists their paths; others stay external', () => {
    expect(converted.oldSiteLinks).toEqual(['/blog/what-to-expect-from-dry-needling/', '/request-an-appointment/'])
    const combined = converted.body[12]
    expect(combined?.type === 'paragraph' && combined.children.filter((node) => node.type === 'link').map((node) => node.type === 'link' && node.target)).toEqual([
      { kind: 'external', href: 'https://juniperflats-pt.example/blog/what-to-expect-from-dry-needling/', newTab: false },
      { kind: 'external', href: 'https://muscle-library.example/trigger-points', newTab: true },
    ])
  })

  it('has nothing of the booking form, scripts or handlers', () => {
    const text = allText(converted.body)
    for (const gone of ['Book online', 'Send request', 'bookingWidget', 'gtag', 'lazyFade', 'onclick']) expect(text).not.toContain(gone)
  })
})

describe('convertBody: headings', () => {
  it('drops an h1 that repeats the title, makes another h1 a level 2, and clamps h5/h6 to 4', () => {
    const blocks = body('<h1>Knee Pain on Stairs!</h1><h1>A second big title</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6><h2> </h2>')
    expect(blocks.map((node) => node.type === 'heading' && [node.level, inlineText(node.children)])).toEqual([
      [2, 'A second big title'],
      [2, 'Two'],
      [3, 'Three'],
      [4, 'Four'],
      [4, 'Five'],
      [4, 'Six'],
    ])
  })
})

describe('convertBody: paragraphs, marks and links', () => {
  it('keeps bold, italic, underline, strike and code, and collapses white space as a browser shows it', () => {
    expect(body('<p>  Plain <strong>bold</strong> <em>italic</em>\n <u>under</u> <s>gone</s> <code>x = 1</code>&nbsp; <b><i>both</i></b>  </p>')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Plain ' },
          { type: 'text', text: 'bold', bold: true },
          { type: 'text', text: ' ' },
          { type: 'text', text: 'italic', italic: true },
          { type: 'text', text: ' ' },
          { type: 'text', text: 'under', underline: true },
          { type: 'text', text: ' ' },
          { type: 'text', text: 'gone', strikethrough: true },
          { type: 'text', text: ' ' },
          { type: 'text', text: 'x = 1', code: true },
          { type: 'text', text: ' ' },
          { type: 'text', text: 'both', bold: true, italic: true },
        ],
      },
    ])
  })

  it('reads marks from inline styles, and not the bold of a Google Docs wrapper', () => {
    expect(body('<b style="font-weight:normal" id="docs-internal-guid-1"><p><span style="font-weight:700">Rest</span> <span style="font-style:italic">first</span></p></b>')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Rest', bold: true }, { type: 'text', text: ' ' }, { type: 'text', text: 'first', italic: true }] },
    ])
  })

  it('keeps http(s), mailto and tel links; drops javascript:, data: and anchors but keeps their text', () => {
    const converted = convert(
      '<p><a href="https://other.example/a" target="_blank">web</a> <a href="mailto:desk@mesa-clinic.example">mail</a> <a href="tel:+14805550134">call</a> <a href="javascript:alert(1)">script</a> <a href=" jav&#x09;ascript:alert(2)">tab trick</a> <a href="data:text/html,x">data</a> <a href="#faq">anchor</a></p>',
    )
    const [paragraph] = converted.body
    expect(paragraph).toEqual({
      type: 'paragraph',
      children: [
        { type: 'link', target: { kind: 'external', href: 'https://other.example/a', newTab: true }, children: [{ type: 'text', text: 'web' }] },
        { type: 'text', text: ' ' },
        { type: 'link', target: { kind: 'external', href: 'mailto:desk@mesa-clinic.example', newTab: false }, children: [{ type: 'text', text: 'mail' }] },
        { type: 'text', text: ' ' },
        { type: 'link', target: { kind: 'external', href: 'tel:+14805550134', newTab: false }, children: [{ type: 'text', text: 'call' }] },
        { type: 'text', text: ' script tab trick data anchor' },
      ],
    })
    expect(converted.warnings).toEqual([
      'A link with a javascript: address was removed (only web, email and phone links are kept); its text stays.',
      'A link with a data: address was removed (only web, email and phone links are kept); its text stays.',
    ])
  })

  it('resolves relative links against the page, and lists links to any of the old site’s addresses', () => {
    const converted = convert('<p><a href="../hips/">hips</a> <a href="/book?x=1#top">book</a> <a href="http://www.mesa-clinic.example/about">about</a> <a href="https://elsewhere.example/">out</a></p>')
    expect(converted.oldSiteLinks).toEqual(['/blog/hips/', '/book', '/about'])
    const hrefs = converted.body.flatMap((node) => (node.type === 'paragraph' ? node.children.flatMap((child) => (child.type === 'link' && child.target.kind === 'external' ? [child.target.href] : [])) : []))
    expect(hrefs).toEqual(['https://mesa-clinic.example/blog/hips/', 'https://mesa-clinic.example/book?x=1#top', 'http://www.mesa-clinic.example/about', 'https://elsewhere.example/'])
  })

  it('lists WordPress post addresses with the query that names the post, and keeps mail links with spaces', () => {
    const converted = convert('<p><a href="/?p=12">old id link</a> <a href="mailto:desk@mesa-clinic.example?subject=New patient">mail</a></p>')
    expect(converted.oldSiteLinks).toEqual(['/?p=12'])
    const [paragraph] = converted.body
    expect(paragraph?.type === 'paragraph' && paragraph.children.at(-1)).toEqual({
      type: 'link',
      target: { kind: 'external', href: 'mailto:desk@mesa-clinic.example?subject=New%20patient', newTab: false },
      children: [{ type: 'text', text: 'mail' }],
    })
  })

  it('drops relative links when nothing tells where the old site is, keeping the text', () => {
    const converted = convert('<p>See <a href="/book">booking</a>.</p>', { oldOrigins: [] })
    expect(converted.body).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'See booking.' }] }])
    expect(converted.warnings).toEqual(['A link to "/book" could not be resolved to a full address and was removed; its text stays.'])
  })

  it('keeps line breaks inside a paragraph, but none at its ends', () => {
    expect(body('<p><br>Line one<br>Line two<br></p>')).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Line one' }, { type: 'linebreak' }, { type: 'text', text: 'Line two' }] }])
  })

  it('turns loose text and inline elements between blocks into paragraphs, and skips empty ones', () => {
    expect(body('<div>Loose <strong>text</strong><h2>Then a heading</h2>more loose</div><p>&nbsp;</p><p> <br> </p>')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Loose ' }, { type: 'text', text: 'text', bold: true }] },
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Then a heading' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'more loose' }] },
    ])
  })
})

describe('convertBody: never markup, never active content', () => {
  it('drops scripts, styles, frames, forms, buttons, hidden and screen-reader text; attributes never travel', () => {
    const blocks = body(`<p style="color:red" onclick="steal()">Visible <span class="screen-reader-text">(opens in a new tab)</span></p>
      <script>document.write('x')</script><style>.a{}</style><iframe src="https://video.example/1"></iframe><noscript>Enable JS</noscript>
      <form><label>Name <input></label><button>Send</button></form><div hidden>secret</div><svg><text>svg text</text></svg><template><p>tpl</p></template>`)
    expect(blocks).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Visible' }] }])
  })

  it('text that looks like markup stays text', () => {
    expect(body('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;not bold&lt;/b&gt;</p>')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '<script>alert(1)</script> & <b>not bold</b>' }] },
    ])
  })
})

describe('convertBody: lists and quotes', () => {
  it('converts nested bulleted and numbered lists, with lists directly inside lists attached to the item before', () => {
    expect(body('<ol><li><strong>Better circulation</strong> – fresh blood<ul><li>calves</li><li>hamstrings</li></ul></li><li><p>Fewer knots</p><p>often fast</p></li><ul><li>stray</li></ul><li> </li></ol>')).toEqual([
      {
        type: 'list',
        ordered: true,
        items: [
          {
            children: [{ type: 'text', text: 'Better circulation', bold: true }, { type: 'text', text: ' – fresh blood' }],
            sublists: [{ type: 'list', ordered: false, items: [{ children: [{ type: 'text', text: 'calves' }] }, { children: [{ type: 'text', text: 'hamstrings' }] }] }],
          },
          {
            children: [{ type: 'text', text: 'Fewer knots' }, { type: 'linebreak' }, { type: 'text', text: 'often fast' }],
            sublists: [{ type: 'list', ordered: false, items: [{ children: [{ type: 'text', text: 'stray' }] }] }],
          },
        ],
      },
    ])
  })

  it('converts a block quote with its paragraphs and citation on separate lines', () => {
    expect(body('<blockquote><p>It helped.</p><p>A lot.</p><cite>A patient</cite></blockquote>')).toEqual([
      { type: 'quote', children: [{ type: 'text', text: 'It helped.' }, { type: 'linebreak' }, { type: 'text', text: 'A lot.' }, { type: 'linebreak' }, { type: 'text', text: 'A patient', italic: true }] },
    ])
  })
})

describe('convertBody: tables', () => {
  it('marks th and thead cells as headers, and pads spanned columns', () => {
    const [table] = body('<table><thead><tr><td>Feature</td><td>A</td><td>B</td></tr></thead><tbody><tr><th>Cost</th><td colspan="2">$50–$150</td></tr></tbody></table>')
    expect(table).toEqual({
      type: 'table',
      rows: [
        { cells: [{ header: true, children: [{ type: 'text', text: 'Feature' }] }, { header: true, children: [{ type: 'text', text: 'A' }] }, { header: true, children: [{ type: 'text', text: 'B' }] }] },
        { cells: [{ header: true, children: [{ type: 'text', text: 'Cost' }] }, { header: false, children: [{ type: 'text', text: '$50–$150' }] }, { header: false, children: [] }] },
      ],
    })
  })

  it('a first row that is not all bold is no header', () => {
    const [table] = body('<table><tr><td><strong>Feature</strong></td><td>Dry needling</td></tr><tr><td>Tool</td><td>Needle</td></tr></table>')
    expect(table?.type === 'table' && table.rows.every((row) => row.cells.every((cell) => !cell.header))).toBe(true)
  })

  it('reads a layout table (one cell, or cells holding headings) as ordinary content', () => {
    expect(body('<table><tr><td><h2>Section</h2><p>Text</p></td><td><p>Side</p></td></tr></table>')).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Section' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Text' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Side' }] },
    ])
  })
})

describe('convertBody: images', () => {
  it('lists images with alt text and caption, resolves addresses, and warns about a missing alt text', () => {
    const converted = convert(`<figure><img src="/wp-content/uploads/knee.jpg" alt=" A knee  brace "><figcaption>Support for the <em>stairs</em>.</figcaption></figure>
      <p>Before <a href="/big.jpg"><img src="//cdn.mesa-clinic.example/small.jpg"></a> after</p>
      <img src="data:image/gif;base64,R0lGOD" data-src="https://mesa-clinic.example/lazy.jpg" alt="Lazy">
      <img src="https://tracker.example/pixel.gif" width="1" height="1" alt="">
      <img src="javascript:alert(1)" alt="x"><img src="saved_files/local.png" alt="Local">
      <img src="/wp-content/uploads/knee.jpg" alt="A knee brace" title="repeat">`)
    expect(converted.body).toEqual([
      { type: 'image', image: 0 },
      { type: 'paragraph', children: [{ type: 'text', text: 'Before' }] },
      { type: 'image', image: 1 },
      { type: 'paragraph', children: [{ type: 'text', text: 'after' }] },
      { type: 'image', image: 2 },
      { type: 'image', image: 3 },
      { type: 'image', image: 4 },
    ])
    expect(converted.images).toEqual([
      { src: 'https://mesa-clinic.example/wp-content/uploads/knee.jpg', alt: 'A knee brace', caption: 'Support for the stairs.', role: 'body' },
      { src: 'https://cdn.mesa-clinic.example/small.jpg', alt: '', caption: '', role: 'body' },
      { src: 'https://mesa-clinic.example/lazy.jpg', alt: 'Lazy', caption: '', role: 'body' },
      { src: 'saved_files/local.png', alt: 'Local', caption: '', role: 'body' },
      { src: 'https://mesa-clinic.example/wp-content/uploads/knee.jpg', alt: 'A knee brace', caption: '', role: 'body' },
    ])
    expect(converted.warnings).toEqual([
      'The image https://cdn.mesa-clinic.example/small.jpg has no alt text; describe it before publishing.',
      'An image with the address "javascript:alert(1)" was left out: only web addresses, inline images and uploaded files can be read.',
    ])
  })

  it('lists a repeated image once, and maps sources with resolveImage', () => {
    const converted = convert('<img src="/a.jpg" alt="A"><p>x</p><img src="/a.jpg" alt="A">', { ...ctx, resolveImage: (src) => src.replace(OLD, 'http://127.0.0.1:9999') })
    expect(converted.body.filter((node) => node.type === 'image')).toEqual([{ type: 'image', image: 0 }, { type: 'image', image: 0 }])
    expect(converted.images).toEqual([{ src: 'http://127.0.0.1:9999/a.jpg', alt: 'A', caption: '', role: 'body' }])
  })

  it('keeps a classic-editor caption and the horizontal rules between content', () => {
    const converted = convert('<hr><div class="wp-caption"><img src="/a.jpg" alt="A"><p class="wp-caption-text">Caption A</p></div><hr><hr><p>End</p><hr>')
    expect(converted.body).toEqual([{ type: 'image', image: 0 }, { type: 'hr' }, { type: 'paragraph', children: [{ type: 'text', text: 'End' }] }])
    expect(converted.images[0]?.caption).toBe('Caption A')
  })
})

describe('convertBody: accordions', () => {
  it('turns details/summary and FAQ-block markup into a heading under the section, and its answer', () => {
    const blocks = body(`<h2>Frequently asked questions</h2>
      <details><summary>Does it hurt?</summary><p>Briefly.</p></details>
      <div class="schema-faq wp-block-yoast-faq-block"><div class="schema-faq-section"><strong class="schema-faq-question">How long is a session?</strong> <p class="schema-faq-answer">About 30 minutes.</p></div></div>
      <div class="accordion"><div class="accordion-item"><h3 class="accordion-header"><button class="accordion-button">Is it covered by insurance?</button></h3><div class="accordion-collapse"><div class="accordion-body"><p>Often, with a referral.</p><p>Ask your plan.</p></div></div></div></div>`)
    expect(blocks.map((node) => (node.type === 'heading' ? `h${node.level}:${inlineText(node.children)}` : `${node.type}:${node.type === 'paragraph' ? inlineText(node.children) : ''}`))).toEqual([
      'h2:Frequently asked questions',
      'h3:Does it hurt?',
      'paragraph:Briefly.',
      'h3:How long is a session?',
      'paragraph:About 30 minutes.',
      'h3:Is it covered by insurance?',
      'paragraph:Often, with a referral.',
      'paragraph:Ask your plan.',
    ])
  })

  it('an accordion after a level-4 section heading stays at level 4', () => {
    const blocks = body('<h5>Deep section</h5><details><summary>Question?</summary><p>Answer.</p></details>')
    expect(blocks.map((node) => node.type === 'heading' && node.level)).toEqual([4, 4, false])
  })

  it('a question heading outside an accordion stays an ordinary heading at its own level', () => {
    expect(body('<h2>What is dry needling?</h2><p>A treatment.</p>')).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'What is dry needling?' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'A treatment.' }] },
    ])
  })
})

describe('convertBody: every fixture converts to the contract', () => {
  it.each(['wordpress-block-theme.html', 'wordpress-magazine-theme.html', 'squarespace.html', 'clinic-chain-cms.html', 'wix.html', 'wordpress-export.xml'])('%s', (name) => {
    for (const post of readSources([importFixture(name)], TEST_LIMITS).posts) {
      const origin = post.sourceUrl === null ? [] : [new URL(post.sourceUrl).origin]
      const converted = convert(post.html, { oldOrigins: origin, pageUrl: post.sourceUrl, title: post.title })
      expect(converted.body.length, post.source).toBeGreaterThan(0)
      for (const node of converted.body) if (node.type === 'image') expect(converted.images[node.image], post.source).toBeDefined()
    }
  })

  it('the clinic chain’s numbered list keeps its bold terms, and its image without alt text is flagged', () => {
    const post = fixturePost('clinic-chain-cms.html')
    const converted = convert(post.html, { oldOrigins: ['https://www.summitline-pt.example'], pageUrl: post.sourceUrl, title: post.title })
    const list = converted.body.find((node) => node.type === 'list')
    expect(list?.type === 'list' && list.ordered).toBe(true)
    expect(list?.type === 'list' && list.items.map((item) => item.children[0])).toEqual(
      ['Better circulation', 'Fewer stubborn knots', 'Easier range of motion', 'Less time off', 'Clearer feedback'].map((text) => ({ type: 'text', text, bold: true })),
    )
    expect(converted.warnings).toEqual(['The image https://www.summitline-pt.example/hubfs/blog/group-run.jpg has no alt text; describe it before publishing.'])
  })

  it('Squarespace’s unheaded sections stay paragraphs with bold lead-ins, and its lazy image is found', () => {
    const post = fixturePost('squarespace.html')
    const converted = convert(post.html, { oldOrigins: ['https://www.tidewater-motion.example'], pageUrl: post.sourceUrl, title: post.title })
    expect(converted.body.some((node) => node.type === 'heading')).toBe(false)
    expect(converted.images.map((image) => [image.src, image.caption])).toEqual([['https://www.tidewater-motion.example/static/5f0c/desk-setup.jpg', 'Raising the screen keeps your head from drifting forward.']])
    expect(converted.body.filter((node) => node.type === 'hr')).toHaveLength(1)
  })
})
