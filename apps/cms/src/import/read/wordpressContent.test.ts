import { describe, expect, it } from 'vitest'
import { addParagraphs, expandShortcodes } from './wordpressContent'

describe('WordPress content', () => {
  it('adds paragraphs and line breaks to classic-editor text, around block elements', () => {
    expect(addParagraphs('First line\nsecond line\n\nNext paragraph\n<h2>Heading</h2>\nText after it')).toBe(
      '<p>First line<br>\nsecond line</p>\n<p>Next paragraph</p>\n<h2>Heading</h2>\n<p>Text after it</p>',
    )
  })

  it('leaves block-editor content and preformatted text as they are', () => {
    const blocks = '<!-- wp:paragraph -->\n<p>One</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:paragraph -->\n<p>Two</p>\n<!-- /wp:paragraph -->'
    expect(addParagraphs(blocks)).toBe(blocks)
    expect(addParagraphs('Intro\n\n<pre>line 1\n\nline 3</pre>')).toBe('<p>Intro</p>\n<pre>line 1\n\nline 3</pre>')
  })

  it('turns [caption] into a figure, removes embeds with their content, and unwraps other shortcodes', () => {
    const { html, warnings } = expandShortcodes(
      '[caption id="attachment_1" width="300"]<a href="/big.jpg"><img src="/small.jpg" alt="Knee"></a> A knee brace[/caption] [embed]https://video.example/1[/embed] [highlight color="yellow"]Rest[/highlight] [sic] and [1]',
    )
    expect(html).toBe('<figure><a href="/big.jpg"><img src="/small.jpg" alt="Knee"></a><figcaption>A knee brace</figcaption></figure>  Rest [sic] and [1]')
    expect(warnings).toEqual([
      'The [embed] shortcode was removed: embedded forms, galleries and media are not imported.',
      'The [highlight] shortcode was removed (its text, if any, was kept); check the draft where it was.',
    ])
  })
})
