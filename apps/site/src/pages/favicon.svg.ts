import { accessibleTheme } from '@clinic/schema'
import type { APIRoute } from 'astro'
import { loadSite } from '../lib/loadSite'
import { escapeXml } from '../lib/xml'

/*
 * The brand's icon: its initial on its primary colour. Linked from every page, so browsers
 * show it in tabs and do not ask for a `/favicon.ico` the site does not have.
 */
export const GET: APIRoute = async () => {
  const { brand } = await loadSite()
  const { theme } = accessibleTheme(brand.theme)
  const initial = escapeXml((brand.name.trim()[0] ?? '').toUpperCase())
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">' +
    `<rect width="64" height="64" rx="14" fill="${theme.primary}"/>` +
    `<text x="32" y="45" font-family="system-ui,sans-serif" font-size="38" font-weight="700" text-anchor="middle" fill="${theme.background}">${initial}</text>` +
    '</svg>\n'
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } })
}
