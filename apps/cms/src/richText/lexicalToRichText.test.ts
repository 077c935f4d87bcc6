import { ComparisonTextSchema, type Media, RichTextSchema, SITE_PAGES } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import { demoNetwork } from '../seed/data'
import type { SeedImage, SeedInline, SeedRichText } from '../seed/types'
import { RichTextConversionError, type RichTextResolver, lexicalToRichText } from './lexicalToRichText'
import { richTextToLexical } from '../seed/richTextToLexical'

/** Ids handed out by slug, as the seed would after creating documents. */
function fakeIds() {
  const ids = new Map<string, string>()
  const idFor = (key: string) => {
    if (!ids.has(key)) ids.set(key, String(ids.size + 1))
    return ids.get(key) as string
  }
  return { idFor }
}

const mediaFor = (image: SeedImage, id: string): Media => ({
  id,
  url: `http://cms.test/api/media/file/${image.key}.jpg`,
  alt: image.alt,
  width: image.width,
  height: image.height,
  mimeType: 'image/jpeg',
  sizes: [],
})

/** What the snapshot should hold for a seed body: the same tree with slugs turned into ids. */
function expected(body: SeedRichText, idFor: (key: string) => string): unknown {
  const inline = (nodes: SeedInline[]): unknown[] =>
    nodes.map((node) => {
      if (node.type !== 'link') return node
      const target = node.target.kind === 'internal' ? { kind: 'internal', collection: node.target.collection, id: idFor(`${node.target.collection}:${node.target.slug}`) } : node.target
      return { type: 'link', target, children: node.children }
    })
  const list = (node: Extract<SeedRichText[number], { type: 'list' }>): unknown => ({
    type: 'list',
    ordered: node.ordered,
    items: node.items.map((item) => (item.sublists ? { children: inline(item.children), sublists: item.sublists.map(list) } : { children: inline(item.children) })),
  })
  return body.map((node) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'quote':
        return { ...node, children: inline(node.children) }
      case 'list':
        return list(node)
      case 'image':
        return node.caption ? { type: 'image', media: mediaFor(node.image, idFor(`media:${node.image.key}`)), caption: node.caption } : { type: 'image', media: mediaFor(node.image, idFor(`media:${node.image.key}`)) }
      case 'table':
        return { type: 'table', rows: node.rows.map((row) => ({ cells: row.cells.map((cell) => ({ header: cell.header, children: inline(cell.children) })) })) }
      case 'faqGroup':
        return node.title ? { type: 'faqGroup', title: node.title, faqs: node.faqs.map((slug) => idFor(`faqs:${slug}`)) } : { type: 'faqGroup', faqs: node.faqs.map((slug) => idFor(`faqs:${slug}`)) }
      case 'comparison':
        return { type: 'comparison', comparison: idFor(`comparisons:${node.comparison}`), showAdvice: node.showAdvice ?? true }
      case 'hr':
        return { type: 'hr' }
    }
  })
}

function roundTrip(body: SeedRichText, published: (collection: string, id: string) => boolean = () => true) {
  const { idFor } = fakeIds()
  const images = new Map<string, SeedImage>()
  const state = richTextToLexical(body, {
    media: (image) => {
      images.set(idFor(`media:${image.key}`), image)
      return idFor(`media:${image.key}`)
    },
    doc: (collection, slug) => idFor(`${collection}:${slug}`),
  })
  const resolver: RichTextResolver = {
    media: (id) => {
      const image = images.get(id)
      return image ? mediaFor(image, id) : null
    },
    isPublished: published,
  }
  return { state, idFor, resolver, result: lexicalToRichText(JSON.parse(JSON.stringify(state)), resolver) }
}

const allBodies = [
  ...demoNetwork.articles.map((article) => [`article ${article.slug}`, article.body] as const),
  ...demoNetwork.comparisons.flatMap((comparison) => [
    ...comparison.whenToChoose.map((entry) => [`comparison ${comparison.slug} when to choose ${entry.therapy}`, entry.text] as const),
    [`comparison ${comparison.slug} combination`, comparison.combination.how] as const,
  ]),
  ...demoNetwork.therapies.map((therapy) => [`therapy ${therapy.slug}`, therapy.howItWorks] as const),
  ...demoNetwork.faqs.map((faq) => [`faq ${faq.slug}`, faq.answer] as const),
  ...demoNetwork.conditions.map((condition) => [`condition ${condition.slug}`, condition.body] as const),
]

describe('Lexical ↔ snapshot rich text', () => {
  it.each(allBodies)('round-trips the demo %s through the stored editor state', (_name, body) => {
    const { result, idFor } = roundTrip(body)
    expect(result).toEqual(expected(body, idFor))
    expect(RichTextSchema.safeParse(result).success).toBe(true)
  })

  it('gives comparison advice in the shape the snapshot takes for it (paragraphs and lists)', () => {
    for (const comparison of demoNetwork.comparisons) {
      for (const advice of [...comparison.whenToChoose.map((entry) => entry.text), comparison.combination.how]) {
        expect(ComparisonTextSchema.safeParse(roundTrip(advice).result).success, comparison.slug).toBe(true)
      }
    }
  })

  it('covers every node type the sites render across the demo content', () => {
    const types = new Set(allBodies.flatMap(([, body]) => roundTrip(body).result.map((node) => node.type)))
    for (const type of ['paragraph', 'heading', 'list', 'image', 'table', 'faqGroup', 'comparison']) expect(types, type).toContain(type)
  })

  it('keeps nested lists under their parent item', () => {
    const body: SeedRichText = [
      { type: 'list', ordered: true, items: [{ children: [{ type: 'text', text: 'Warm up' }], sublists: [{ type: 'list', ordered: false, items: [{ children: [{ type: 'text', text: 'Calf stretch' }] }] }] }, { children: [{ type: 'text', text: 'Treat' }] }] },
    ]
    expect(roundTrip(body).result).toEqual([
      { type: 'list', ordered: true, items: [{ children: [{ type: 'text', text: 'Warm up' }], sublists: [{ type: 'list', ordered: false, items: [{ children: [{ type: 'text', text: 'Calf stretch' }] }] }] }, { children: [{ type: 'text', text: 'Treat' }] }] },
    ])
  })

  it('keeps the words but drops links, FAQs and comparisons that are not published', () => {
    const body: SeedRichText = [
      { type: 'paragraph', children: [{ type: 'link', target: { kind: 'internal', collection: 'articles', slug: 'draft-piece' }, children: [{ type: 'text', text: 'read this' }] }] },
      { type: 'faqGroup', faqs: ['secret-faq'] },
      { type: 'comparison', comparison: 'unfinished' },
    ]
    expect(roundTrip(body, () => false).result).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'read this' }] }])
  })

  it('turns a link to one of the site’s fixed pages, as the link drawer stores it, into a page link', () => {
    // What the admin saves after an editor switched an existing link from "Custom URL" to a page: the old URL stays behind.
    const state = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Ready? ', format: 0 },
              { type: 'link', fields: { linkType: 'page', page: 'request-appointment', newTab: false, url: 'https://old-clinic.example/book' }, children: [{ type: 'text', text: 'Book now', format: 1 }] },
            ],
          },
        ],
      },
    }
    expect(lexicalToRichText(state, { media: () => null, isPublished: () => false })).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Ready? ' },
          { type: 'link', target: { kind: 'page', page: 'request-appointment' }, children: [{ type: 'text', text: 'Book now', bold: true }] },
        ],
      },
    ])
  })

  it('round-trips a link to every fixed page of the site', () => {
    const body: SeedRichText = SITE_PAGES.map((page) => ({ type: 'paragraph', children: [{ type: 'link', target: { kind: 'page', page }, children: [{ type: 'text', text: page }] }] }))
    const { result, state } = roundTrip(body)
    expect(result).toEqual(body)
    expect(JSON.stringify(state)).not.toContain('"url"')
  })

  it('keeps the words of a link to a page the sites do not have', () => {
    const state = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', fields: { linkType: 'page', page: 'careers' }, children: [{ type: 'text', text: 'Join us' }] }] }] } }
    expect(lexicalToRichText(state, { media: () => null, isPublished: () => true })).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'Join us' }] }])
  })

  it('keeps an embed’s choice to leave out the comparison’s advice; embeds saved before the choice existed show it', () => {
    expect(roundTrip([{ type: 'comparison', comparison: 'a-vs-b', showAdvice: false }]).result).toEqual([{ type: 'comparison', comparison: '1', showAdvice: false }])
    const older = { root: { type: 'root', children: [{ type: 'block', fields: { blockType: 'comparisonEmbed', comparison: 7 } }] } }
    expect(lexicalToRichText(older, { media: () => null, isPublished: () => true })).toEqual([{ type: 'comparison', comparison: '7', showAdvice: true }])
  })

  it('drops links that are not web, mail or phone addresses', () => {
    const body: SeedRichText = [{ type: 'paragraph', children: [{ type: 'link', target: { kind: 'external', href: 'javascript:alert(1)', newTab: false }, children: [{ type: 'text', text: 'click' }] }] }]
    expect(roundTrip(body).result).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'click' }] }])
  })

  it('maps text formats, skips empty paragraphs and folds h5/h6 into level 4', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [] },
          { type: 'heading', tag: 'h6', children: [{ type: 'text', text: 'Small print', format: 0 }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'all', format: 1 | 2 | 4 | 8 | 16 }] },
        ],
      },
    }
    const resolver: RichTextResolver = { media: () => null, isPublished: () => true }
    expect(lexicalToRichText(state, resolver)).toEqual([
      { type: 'heading', level: 4, children: [{ type: 'text', text: 'Small print' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'all', bold: true, italic: true, strikethrough: true, underline: true, code: true }] },
    ])
  })

  it('names the path of a node the sites cannot render', () => {
    const state = { root: { type: 'root', children: [{ type: 'paragraph', children: [] }, { type: 'list', listType: 'check', children: [{ type: 'listitem', children: [{ type: 'relationship', value: 3 }] }] }] } }
    const resolver: RichTextResolver = { media: () => null, isPublished: () => true }
    const convert = () => lexicalToRichText(state, resolver, 'body')
    expect(convert).toThrow(RichTextConversionError)
    expect(convert).toThrow('body.1.0.0: inline node "relationship" is not supported by the sites')
  })

  it('reports an image whose upload is missing', () => {
    const state = { root: { type: 'root', children: [{ type: 'upload', value: 99, relationTo: 'media' }] } }
    expect(() => lexicalToRichText(state, { media: () => null, isPublished: () => true }, 'body')).toThrow('body.0: image 99 is missing')
  })
})
