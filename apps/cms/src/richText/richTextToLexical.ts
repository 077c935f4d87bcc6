import { randomBytes } from 'node:crypto'
import type { SeedBlock, SeedImage, SeedInline, SeedList, SeedRichText } from '../seed/types'
import { PAGE_LINK_TYPE } from './sitePageLinks'

type Id = number | string

/** Looks up the ids of documents referenced by slug while demo content is written. */
export interface SeedReferences {
  media(image: SeedImage): Id
  /** Id of a document by collection and slug, or null if it does not exist yet. */
  doc(collection: string, slug: string): Id | null
  /**
   * Called for an internal link whose target does not exist yet; the link is then written as
   * plain text, and the caller may convert again once the target exists. Without it such a
   * link is an error.
   */
  unresolvedLink?(collection: string, slug: string): void
}

const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 } as const

const base = { version: 1 }
/** Links, uploads and blocks carry an id of their own, like those the admin editor creates. */
const nodeId = () => randomBytes(12).toString('hex')
// Current serialisation versions; older ones are migrated (or misread) by the editor on load.
const LINK_VERSION = 3
const UPLOAD_VERSION = 3
const BLOCK_VERSION = 2
const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  ...base,
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
})

function inline(nodes: SeedInline[], refs: SeedReferences): unknown[] {
  return nodes.flatMap((node) => {
    if (node.type === 'linebreak') return [{ ...base, type: 'linebreak' }]
    if (node.type === 'text') {
      const format = (Object.keys(FORMAT) as (keyof typeof FORMAT)[]).reduce((sum, key) => (node[key] ? sum | FORMAT[key] : sum), 0)
      return [{ ...base, type: 'text', text: node.text, format, detail: 0, mode: 'normal', style: '' }]
    }
    const children = inline(node.children, refs)
    if (node.target.kind === 'external') {
      return [element('link', children, { version: LINK_VERSION, id: nodeId(), fields: { linkType: 'custom', url: node.target.href, newTab: node.target.newTab } })]
    }
    if (node.target.kind === 'page') {
      // The shape the link drawer saves for "Page of the site" (see sitePageLinks.ts).
      return [element('link', children, { version: LINK_VERSION, id: nodeId(), fields: { linkType: PAGE_LINK_TYPE, page: node.target.page, newTab: false } })]
    }
    const id = refs.doc(node.target.collection, node.target.slug)
    if (id === null && refs.unresolvedLink) {
      refs.unresolvedLink(node.target.collection, node.target.slug)
      return children
    }
    if (id === null) throw new Error(`Seed link to ${node.target.collection} "${node.target.slug}" points at nothing`)
    return [element('link', children, { version: LINK_VERSION, id: nodeId(), fields: { linkType: 'internal', newTab: false, doc: { relationTo: node.target.collection, value: id } } })]
  })
}

function list(node: SeedList, refs: SeedReferences): unknown {
  let value = 0
  const items = node.items.flatMap((item) => {
    value += 1
    const own = element('listitem', inline(item.children, refs), { value })
    const nested = (item.sublists ?? []).map((sub) => {
      value += 1
      return element('listitem', [list(sub, refs)], { value })
    })
    return [own, ...nested]
  })
  return element('list', items, { listType: node.ordered ? 'number' : 'bullet', start: 1, tag: node.ordered ? 'ol' : 'ul' })
}

function block(node: SeedBlock, refs: SeedReferences): unknown {
  switch (node.type) {
    case 'paragraph':
      return element('paragraph', inline(node.children, refs), { textFormat: 0, textStyle: '' })
    case 'heading':
      return element('heading', inline(node.children, refs), { tag: `h${node.level}` })
    case 'quote':
      return element('quote', inline(node.children, refs))
    case 'list':
      return list(node, refs)
    case 'hr':
      return { ...base, type: 'horizontalrule' }
    case 'image':
      return {
        type: 'upload',
        version: UPLOAD_VERSION,
        id: nodeId(),
        relationTo: 'media',
        value: refs.media(node.image),
        fields: node.caption ? { caption: node.caption } : {},
        format: '',
      }
    case 'table':
      return element(
        'table',
        node.rows.map((row) =>
          element(
            'tablerow',
            row.cells.map((cell) =>
              element('tablecell', [element('paragraph', inline(cell.children, refs), { textFormat: 0, textStyle: '' })], {
                headerState: cell.header ? 1 : 0,
                colSpan: 1,
                rowSpan: 1,
              }),
            ),
          ),
        ),
      )
    case 'faqGroup':
      return {
        type: 'block',
        version: BLOCK_VERSION,
        format: '',
        fields: {
          id: nodeId(),
          blockName: '',
          blockType: 'faqGroup',
          title: node.title ?? '',
          faqs: node.faqs.map((slug) => {
            const id = refs.doc('faqs', slug)
            if (id === null) throw new Error(`Seed FAQ group refers to missing FAQ "${slug}"`)
            return id
          }),
        },
      }
    case 'comparison': {
      const id = refs.doc('comparisons', node.comparison)
      if (id === null) throw new Error(`Seed comparison block refers to missing comparison "${node.comparison}"`)
      return {
        type: 'block',
        version: BLOCK_VERSION,
        format: '',
        fields: { id: nodeId(), blockName: '', blockType: 'comparisonEmbed', comparison: id, showAdvice: node.showAdvice ?? true },
      }
    }
  }
}

/** Turns demo rich text into the Lexical editor state Payload stores. */
export function richTextToLexical(body: SeedRichText, refs: SeedReferences): Record<string, unknown> {
  return { root: element('root', body.map((node) => block(node, refs))) }
}
