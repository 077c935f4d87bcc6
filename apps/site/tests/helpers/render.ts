import mdxRenderer from '@astrojs/mdx/server.js'
import { experimental_AstroContainer as AstroContainer } from 'astro/container'
import { BrandSnapshotSchema, type BrandSnapshot, type BrandSnapshotInput } from '@clinic/schema'
import { makeValidSnapshot } from '@clinic/schema/testing'
import { type Routes, routes } from '../../src/lib/routes'
import { type SiteData, indexSite } from '../../src/lib/siteIndex'

type Component = Parameters<AstroContainer['renderToString']>[0]

let container: Promise<AstroContainer> | undefined

/**
 * A component's HTML, without Astro's scoping attributes (`data-astro-cid-*`) and the
 * dev-only `data-image-component`, so assertions read like the markup we wrote.
 */
export async function render(component: Component, props: Record<string, unknown>): Promise<string> {
  container ??= AstroContainer.create().then((created) => {
    // MDX pages render their content through the MDX integration's server renderer, as in a build.
    created.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer })
    return created
  })
  const html = await (await container).renderToString(component, { props })
  return html.replace(/ data-astro-cid-[a-z0-9]+(="true")?/g, '').replace(/ data-image-component="true"/g, '')
}

/** The fixture snapshot, parsed, with `change` applied to its input first. */
export function fixture(change: (input: BrandSnapshotInput) => void = () => {}): { snapshot: BrandSnapshot; site: SiteData; r: Routes } {
  const input = makeValidSnapshot()
  change(input)
  const snapshot = BrandSnapshotSchema.parse(input)
  return { snapshot, site: indexSite(snapshot), r: routes('/') }
}

/** The text a sighted reader gets: screen-reader-only spans and tags dropped, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<span class="visually-hidden">[^<]*<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The markup with every attribute value emptied. Astro escapes `"` in attribute values, so what
 * is left are the tags the component wrote; a `<` inside a quoted value is text, not a tag.
 */
export function tagsOnly(html: string): string {
  return html.replace(/="[^"]*"/g, '=""')
}
