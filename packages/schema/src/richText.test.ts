import { describe, expect, it } from 'vitest'
import {
  BlockNodeSchema,
  FaqGroupNodeSchema,
  LinkTargetSchema,
  ListNodeSchema,
  RichTextSchema,
  SITE_PAGES,
  TableNodeSchema,
  type RichText,
  countWords,
  inlineText,
  plainText,
  readingTimeMinutes,
  richTextReferences,
} from './richText'
import { makeValidSnapshot } from './testing'

function fixtureBody(): RichText {
  const article = makeValidSnapshot().articles[0]
  if (!article) throw new Error('fixture has no article')
  return RichTextSchema.parse(article.body)
}

const text = (value: string) => ({ type: 'text' as const, text: value })

/** A body with known content: 25 words; links inside a paragraph, a quote, a nested list and a table cell. */
const sample: RichText = [
  { type: 'heading', level: 2, children: [text('Heel pain, explained')] },
  {
    type: 'paragraph',
    children: [
      text("Don't rest it for weeks — move"),
      { type: 'linebreak' },
      { type: 'link', target: { kind: 'internal', collection: 'conditions', id: 'c1' }, children: [text('gently')] },
      text('.'),
    ],
  },
  { type: 'quote', children: [{ type: 'link', target: { kind: 'external', href: 'mailto:desk@clinic.example', newTab: false }, children: [text('Write to us')] }] },
  {
    type: 'list',
    ordered: false,
    items: [
      {
        children: [text('Stretch')],
        sublists: [
          {
            type: 'list',
            ordered: true,
            items: [{ children: [{ type: 'link', target: { kind: 'internal', collection: 'therapies', id: 't1' }, children: [text('calf raises')] }] }],
          },
        ],
      },
    ],
  },
  {
    type: 'table',
    rows: [
      { cells: [{ header: true, children: [text('Week')] }, { header: true, children: [text('Goal')] }] },
      { cells: [{ header: false, children: [text('1–2')] }, { header: false, children: [{ type: 'link', target: { kind: 'internal', collection: 'articles', id: 'a1' }, children: [text('less pain')] }] }] },
    ],
  },
  {
    type: 'image',
    media: { id: 'm1', url: 'https://media.clinic.example/heel.jpg', alt: 'A foot on a roller', width: 800, height: 600, mimeType: 'image/jpeg', sizes: [] },
    caption: 'Rolling the arch',
  },
  { type: 'image', media: { id: 'm2', url: 'https://media.clinic.example/calf.jpg', alt: 'A calf stretch', width: 800, height: 600, mimeType: 'image/jpeg', sizes: [] } },
  { type: 'faqGroup', faqs: ['f1', 'f2'] },
  { type: 'comparison', comparison: 'cmp1', showAdvice: true },
  { type: 'hr' },
  { type: 'faqGroup', title: 'More', faqs: ['f3'] },
]

describe('RichTextSchema', () => {
  it('accepts the fixture body, which uses every node type, unchanged', () => {
    const input = makeValidSnapshot().articles[0]?.body
    const body = RichTextSchema.parse(input)
    expect(body).toEqual(input)
    expect(new Set(body.map((node) => node.type))).toEqual(
      new Set(['paragraph', 'heading', 'quote', 'list', 'image', 'table', 'faqGroup', 'comparison', 'hr']),
    )
  })

  it('accepts an empty body', () => {
    expect(RichTextSchema.parse([])).toEqual([])
  })

  it('accepts the hand-made sample', () => {
    expect(RichTextSchema.parse(sample)).toEqual(sample)
  })

  it.each([1, 5])('rejects heading level %i', (level) => {
    const result = RichTextSchema.safeParse([{ type: 'heading', level, children: [] }])
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([[0]])
  })

  it('rejects an unknown block type', () => {
    const result = RichTextSchema.safeParse([{ type: 'paragraph', children: [] }, { type: 'video', src: 'https://video.example/x' }])
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([[1]])
  })

  it('rejects raw HTML strings as blocks', () => {
    expect(RichTextSchema.safeParse(['<p>hi</p>']).success).toBe(false)
  })

  it('reports a bad link deep inside a paragraph at its href', () => {
    const result = RichTextSchema.safeParse([
      { type: 'paragraph', children: [{ type: 'link', target: { kind: 'external', href: 'javascript:alert(1)', newTab: false }, children: [] }] },
    ])
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: [0, 'children', 0, 'target', 'href'], message: 'link must start with http(s)://, mailto: or tel:' }),
    ])
  })

  it('accepts block nodes one by one', () => {
    for (const node of sample) expect(BlockNodeSchema.parse(node)).toEqual(node)
  })
})

describe('LinkTargetSchema', () => {
  it.each(['https://guidelines.example', 'http://old.example', 'mailto:desk@clinic.example', 'tel:+14805550134'])('accepts external %s', (href) => {
    expect(LinkTargetSchema.parse({ kind: 'external', href, newTab: false })).toEqual({ kind: 'external', href, newTab: false })
  })

  it.each(['javascript:alert(1)', 'data:text/html,hi', '/about', 'www.clinic.example'])('rejects external %s', (href) => {
    expect(LinkTargetSchema.safeParse({ kind: 'external', href, newTab: false }).error?.issues).toEqual([
      expect.objectContaining({ path: ['href'], message: 'link must start with http(s)://, mailto: or tel:' }),
    ])
  })

  it('accepts internal links to the snapshot collections only', () => {
    expect(LinkTargetSchema.parse({ kind: 'internal', collection: 'faqs', id: '7' })).toEqual({ kind: 'internal', collection: 'faqs', id: '7' })
    expect(LinkTargetSchema.safeParse({ kind: 'internal', collection: 'users', id: '7' }).error?.issues.map((issue) => issue.path)).toEqual([['collection']])
    expect(LinkTargetSchema.safeParse({ kind: 'internal', collection: 'faqs', id: '' }).error?.issues.map((issue) => issue.message)).toEqual(['id must not be empty'])
  })
})

describe('page links', () => {
  it.each(SITE_PAGES)('accepts a link to the site page %s', (page) => {
    expect(LinkTargetSchema.parse({ kind: 'page', page })).toEqual({ kind: 'page', page })
  })

  it('rejects a page the sites do not have, and an address in place of a page', () => {
    expect(LinkTargetSchema.safeParse({ kind: 'page', page: 'contact' }).error?.issues.map((issue) => issue.path)).toEqual([['page']])
    expect(LinkTargetSchema.safeParse({ kind: 'page', page: '/request-appointment/' }).success).toBe(false)
  })
})

describe('comparison embeds', () => {
  it('say whether they show the comparison’s advice', () => {
    expect(BlockNodeSchema.parse({ type: 'comparison', comparison: '7', showAdvice: false })).toEqual({ type: 'comparison', comparison: '7', showAdvice: false })
    expect(BlockNodeSchema.safeParse({ type: 'comparison', comparison: '7' }).success).toBe(false)
  })
})

describe('structural limits', () => {
  it('needs at least one item in a list, also in a nested list', () => {
    expect(ListNodeSchema.safeParse({ type: 'list', ordered: true, items: [] }).error?.issues).toEqual([
      expect.objectContaining({ path: ['items'], message: 'a list needs at least one item' }),
    ])
    const nested = { type: 'list', ordered: true, items: [{ children: [], sublists: [{ type: 'list', ordered: false, items: [] }] }] }
    expect(ListNodeSchema.safeParse(nested).error?.issues).toEqual([
      expect.objectContaining({ path: ['items', 0, 'sublists', 0, 'items'], message: 'a list needs at least one item' }),
    ])
  })

  it('needs at least one row in a table and one cell in a row', () => {
    expect(TableNodeSchema.safeParse({ type: 'table', rows: [] }).error?.issues).toEqual([
      expect.objectContaining({ path: ['rows'], message: 'a table needs at least one row' }),
    ])
    expect(TableNodeSchema.safeParse({ type: 'table', rows: [{ cells: [] }] }).error?.issues.map((issue) => issue.path)).toEqual([['rows', 0, 'cells']])
  })

  it('needs at least one FAQ in an FAQ group', () => {
    expect(FaqGroupNodeSchema.safeParse({ type: 'faqGroup', faqs: [] }).error?.issues).toEqual([
      expect.objectContaining({ path: ['faqs'], message: 'an FAQ group needs at least one question' }),
    ])
  })
})

describe('inlineText', () => {
  it('joins text, turns line breaks into spaces and unwraps links', () => {
    expect(
      inlineText([
        text('Call'),
        { type: 'linebreak' },
        { type: 'link', target: { kind: 'external', href: 'tel:+14805550134', newTab: false }, children: [text('our '), { type: 'linebreak' }, text('desk')] },
      ]),
    ).toBe('Call our  desk')
  })
})

describe('plainText', () => {
  it('gives one string per text block, list item and table cell, and skips embeds', () => {
    expect(plainText(sample)).toEqual([
      'Heel pain, explained',
      "Don't rest it for weeks — move gently.",
      'Write to us',
      'Stretch',
      'calf raises',
      'Week',
      'Goal',
      '1–2',
      'less pain',
      'Rolling the arch',
    ])
  })

  it('reads marked text, nested list items, captions and table cells of the fixture body', () => {
    const lines = plainText(fixtureBody())
    expect(lines[0]).toBe(
      'Neck pain from desk work is common, rarely serious and usually treatable. Forget the idea that you must rest it for weeks; gentle movement helps. Try chin-tucks between meetings. Read the clinical guideline or our page on dry needling.',
    )
    expect(lines).toEqual(expect.arrayContaining(['Bring a list of', 'medicines you take', 'Hands-on work', 'Checking range of motion', 'Week', 'Strength and posture']))
    expect(lines.at(-1)).toBe('Book a visit if the pain lasts longer than two weeks.')
  })
})

describe('countWords', () => {
  it('counts words, keeping contractions and hyphenated words whole', () => {
    // heading 3 + paragraph 7 ("Don't rest it for weeks move gently") + quote 3 + list 3 + table 6 ("1–2" is two) + caption 3
    expect(countWords(sample)).toBe(25)
    expect(countWords([{ type: 'paragraph', children: [text('A well-known, evidence-based approach.')] }])).toBe(4)
  })

  it('counts accented words and digits', () => {
    expect(countWords([{ type: 'paragraph', children: [text('Café au lait: 3 cups, 2026 édition')] }])).toBe(7)
  })

  it('is zero for an empty body and for embeds only', () => {
    expect(countWords([])).toBe(0)
    expect(countWords([{ type: 'hr' }, { type: 'faqGroup', faqs: ['1'] }, { type: 'comparison', comparison: '2', showAdvice: false }])).toBe(0)
  })

  it('agrees with the reading time the fixture article states', () => {
    const article = makeValidSnapshot().articles[0]
    expect(readingTimeMinutes(countWords(fixtureBody()))).toBe(article?.readingTimeMinutes)
  })
})

describe('readingTimeMinutes', () => {
  it('rounds words at 220 a minute, never below one minute', () => {
    expect(readingTimeMinutes(0)).toBe(1)
    expect(readingTimeMinutes(100)).toBe(1)
    expect(readingTimeMinutes(220)).toBe(1)
    expect(readingTimeMinutes(329)).toBe(1)
    expect(readingTimeMinutes(330)).toBe(2)
    expect(readingTimeMinutes(1100)).toBe(5)
  })

  it('takes another reading speed', () => {
    expect(readingTimeMinutes(1000, 200)).toBe(5)
  })
})

describe('richTextReferences', () => {
  it('collects FAQ ids, comparison ids and link targets from every place they can sit', () => {
    expect(richTextReferences(sample)).toEqual({
      faqs: ['f1', 'f2', 'f3'],
      comparisons: ['cmp1'],
      links: [
        { kind: 'internal', collection: 'conditions', id: 'c1' },
        { kind: 'external', href: 'mailto:desk@clinic.example', newTab: false },
        { kind: 'internal', collection: 'therapies', id: 't1' },
        { kind: 'internal', collection: 'articles', id: 'a1' },
      ],
    })
  })

  it('finds the references of the fixture body', () => {
    expect(richTextReferences(fixtureBody())).toEqual({
      faqs: ['501', '502'],
      comparisons: ['701'],
      links: [
        { kind: 'external', href: 'https://guidelines.example/neck-pain', newTab: true },
        { kind: 'internal', collection: 'therapies', id: '201' },
        { kind: 'page', page: 'request-appointment' },
      ],
    })
  })

  it('is empty for a body without references', () => {
    expect(richTextReferences([{ type: 'paragraph', children: [text('Hello')] }, { type: 'hr' }])).toEqual({ faqs: [], comparisons: [], links: [] })
  })
})
