/** A Lexical editor state holding one paragraph of plain text, as the admin saves it. */
export function paragraphState(text: string) {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
        },
      ],
    },
  }
}

/**
 * A Lexical editor state holding one paragraph: the text `before`, then a link with `fields` (as
 * the link drawer saves them: `linkType`, `url`, `doc`, `page`, `newTab`) around `words`.
 */
export function paragraphWithLink(before: string, fields: Record<string, unknown>, words: string) {
  const state = paragraphState(before)
  const paragraph = state.root.children[0] as { children: unknown[] }
  // Links carry an id of their own in the admin editor (24 hex digits); any fixed one will do here.
  const id = Buffer.from(words.padEnd(12, '.').slice(0, 12)).toString('hex')
  paragraph.children.push({ type: 'link', version: 3, id, fields, direction: 'ltr', format: '', indent: 0, children: [{ type: 'text', version: 1, text: words, format: 0, detail: 0, mode: 'normal', style: '' }] })
  return state
}
