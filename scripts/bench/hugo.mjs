#!/usr/bin/env node
/**
 * The Hugo reference build of the benchmark: the same brand sites as apps/site, built by Hugo
 * from the same snapshots, so the bench can show how our Astro build compares with a fast
 * static generator doing comparable work (same pages, same markup shape, same image renditions).
 *
 *   writeHugoProject({ snapshotFile, projectDir, formAssets })  one snapshot → one Hugo project
 *   hugoVersion()                                            `hugo version` output, or null
 *   buildHugoSite({ projectDir, outDir, cacheDir })          runs and times `hugo` alone
 *
 * Turning the snapshot into Hugo content (rich text → Markdown, front matter, data files) is
 * preparation, not part of the timed build. The templates live in bench/hugo/layouts and the
 * stylesheet in bench/hugo/assets; both are copied into every project, with the appointment
 * form's stylesheet and script taken from a page the Astro build wrote (formAssetsOf).
 *
 * CLI: node scripts/bench/hugo.mjs --snapshot-dir <dir> --form-page <astro request-appointment/index.html> --out <dir> [--work <dir>]
 * builds every <brand>.json of the folder into <out>/<brand>/ and prints seconds and pages.
 * Node built-ins only.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
/** Templates and assets shared by every generated project. */
export const HUGO_TEMPLATE_DIR = path.join(ROOT, 'bench', 'hugo')
/** Articles per index page; the same as ARTICLES_PER_PAGE in apps/site/src/lib/routes.ts. */
export const ARTICLES_PER_PAGE = 10
/** `srcset` widths; the same ladder as apps/site/src/components/imageWidths.ts. */
export const IMAGE_WIDTH_LADDER = [320, 640, 960, 1280, 1920]

const US_STATES = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
  MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey',
  NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon',
  PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
}
const stateName = (code) => US_STATES[code] ?? code
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const PLATFORM_NAMES = { facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn', youtube: 'YouTube', tiktok: 'TikTok', x: 'X' }
const EN_DASH = '–'

// ─── Small helpers shared with the site's wording ────────────────────────────────────────────

/** Like toSlug in @clinic/schema for the ASCII text the snapshots hold. */
export function toSlug(text) {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}
const categorySlug = (name) => toSlug(name) || 'general'

function toTelHref(phone) {
  const digits = phone.replace(/\D/g, '')
  if (phone.trim().startsWith('+')) return `tel:+${digits}`
  return digits.length === 10 ? `tel:+1${digits}` : `tel:+${digits}`
}

function money(cents) {
  const whole = cents % 100 === 0
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 }).format(cents / 100)
}
const costRange = (cost) => (cost.minCents === cost.maxCents ? money(cost.minCents) : `${money(cost.minCents)}${EN_DASH}${money(cost.maxCents)}`)
function minutesRange(range) {
  const unit = range.maxMinutes === 1 ? 'minute' : 'minutes'
  return range.minMinutes === range.maxMinutes ? `${range.minMinutes} ${unit}` : `${range.minMinutes}${EN_DASH}${range.maxMinutes} ${unit}`
}
function clockTime(time) {
  const [h, m] = time.split(':')
  const hours = Number(h)
  return `${hours % 12 === 0 ? 12 : hours % 12}:${m} ${hours < 12 ? 'AM' : 'PM'}`
}
const capitalise = (word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`

// ─── Rich text → Markdown ────────────────────────────────────────────────────────────────────

/** Text for Markdown: every character goldmark could read as syntax is backslash-escaped. */
function escapeMarkdown(text) {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~&#!{}]/g, '\\$&')
}
/** A block's first characters must not start a list, quote or heading. */
function guardLineStart(line) {
  return line.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+=>])/, '\\$1')
}
const ATTRIBUTE_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const escapeAttribute = (text) => text.replace(/[&<>"]/g, (char) => ATTRIBUTE_ENTITIES[char])
/** A quoted shortcode parameter. */
const shortcodeString = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`

function codeSpan(text) {
  const fence = text.includes('`') ? '``' : '`'
  return `${fence}${fence.length > 1 ? ' ' : ''}${text}${fence.length > 1 ? ' ' : ''}${fence}`
}

/** One text run with its marks, outermost first: bold, italic, underline, strikethrough, code. */
function textToMarkdown(node) {
  if (node.text === '') return ''
  // Emphasis must not start or end with a space in CommonMark, so spaces stay outside the marks.
  const [, lead, core, trail] = /^(\s*)(.*?)(\s*)$/s.exec(node.text)
  if (core === '') return ' '
  let out = node.code ? codeSpan(core) : escapeMarkdown(core)
  if (node.strikethrough) out = `~~${out}~~`
  if (node.underline) out = `<span class="u">${out}</span>`
  if (node.italic) out = `*${out}*`
  if (node.bold) out = `**${out}**`
  return `${lead ? ' ' : ''}${out}${trail ? ' ' : ''}`
}

function inlineText(nodes) {
  return nodes.map((node) => (node.type === 'text' ? node.text : node.type === 'linebreak' ? ' ' : inlineText(node.children))).join('')
}

function plainText(body) {
  const listText = (list) => list.items.flatMap((item) => [inlineText(item.children), ...(item.sublists ?? []).flatMap(listText)])
  return body.flatMap((node) => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'quote':
        return [inlineText(node.children)]
      case 'list':
        return listText(node)
      case 'table':
        return node.rows.flatMap((row) => row.cells.map((cell) => inlineText(cell.children)))
      case 'image':
        return node.caption ? [node.caption] : []
      default:
        return []
    }
  })
}

/**
 * Converts rich text to Markdown for goldmark. `ctx.href(target)` resolves an internal link
 * (null when the document is not on the site: the words stay, the link goes, as on the site).
 * Headings move down to `baseLevel` (a body's h2 is an h3 under a section heading). FAQ groups
 * and comparisons become shortcodes that render from the data files; past `maxFaqDepth`, an FAQ
 * group becomes a list of links to the FAQ page, as RichText.astro does.
 */
function richTextToMarkdown(nodes, ctx, { baseLevel = 2, depth = 0 } = {}) {
  const inline = (children) =>
    children
      .map((node) => {
        if (node.type === 'text') return textToMarkdown(node)
        if (node.type === 'linebreak') return '<br>'
        const text = inline(node.children)
        if (node.target.kind === 'external') return `[${text}](<${node.target.href}>${node.target.newTab ? ' "new-tab"' : ''})`
        const href = ctx.href(node.target)
        return href === null ? text : `[${text}](<${href}>)`
      })
      .join('')
      .trim()
  const list = (node, indent) =>
    node.items.flatMap((item, index) => {
      const marker = node.ordered ? `${index + 1}. ` : '- '
      const pad = ' '.repeat(indent + marker.length)
      return [
        `${' '.repeat(indent)}${marker}${guardLineStart(inline(item.children)) || '&nbsp;'}`,
        ...(item.sublists ?? []).flatMap((sub) => list(sub, pad.length)),
      ]
    })
  const blocks = []
  let faqGroups = 0
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph': {
        const text = inline(node.children)
        if (text !== '') blocks.push(guardLineStart(text))
        break
      }
      case 'heading':
        blocks.push(`${'#'.repeat(Math.min(6, baseLevel + node.level - 2))} ${inline(node.children)}`)
        break
      case 'quote':
        blocks.push(`> ${guardLineStart(inline(node.children))}`)
        break
      case 'list':
        blocks.push(list(node, 0).join('\n'))
        break
      case 'image': {
        const { media } = node
        const title = node.caption ? ` "${node.caption.replace(/\s+/g, ' ').replace(/["\\]/g, '\\$&')}"` : ''
        blocks.push(`![${escapeMarkdown(media.alt)}](<${media.url}>${title})`)
        break
      }
      case 'table': {
        const [first, ...rest] = node.rows
        const hasHead = first.cells.some((cell) => cell.header)
        const columns = Math.max(...node.rows.map((row) => row.cells.length))
        const row = (cells) => `| ${Array.from({ length: columns }, (_, i) => (cells[i] ? inline(cells[i].children) : '')).join(' | ')} |`
        // GFM tables always have a head row; a table without header cells gets an empty one.
        const head = hasHead ? row(first.cells) : row([])
        const body = (hasHead ? rest : node.rows).map((r) => row(r.cells))
        const firstRowText = first.cells.map((cell) => inlineText(cell.children).trim()).filter(Boolean)
        const label = firstRowText.length > 0 ? `Table: ${firstRowText.join(', ')}` : 'Table'
        blocks.push(
          `<div class="table-scroll" role="region" aria-label="${escapeAttribute(label)}" tabindex="0">`,
          [head, `|${' --- |'.repeat(columns)}`, ...body].join('\n'),
          '</div>',
        )
        break
      }
      case 'faqGroup': {
        const ids = node.faqs.filter((id) => ctx.faqs.has(id))
        if (ids.length === 0) break
        if (depth < 1) {
          faqGroups += 1
          const prefix = `faq${faqGroups > 1 ? faqGroups : ''}--`
          blocks.push(`{{< faqgroup ids=${shortcodeString(ids.join(' '))} prefix=${shortcodeString(prefix)} level="${baseLevel}"${node.title ? ` title=${shortcodeString(node.title)}` : ''} >}}`)
        } else {
          if (node.title) blocks.push(`${'#'.repeat(baseLevel)} ${escapeMarkdown(node.title)}`)
          blocks.push(ids.map((id) => `- [${escapeMarkdown(ctx.faqs.get(id).question)}](</faq/#${ctx.faqs.get(id).slug}>)`).join('\n'))
        }
        break
      }
      case 'comparison':
        if (ctx.comparisons.has(node.comparison)) blocks.push(`{{< comparison id=${shortcodeString(node.comparison)} >}}`)
        break
      case 'hr':
        blocks.push('---')
        break
    }
  }
  return `${blocks.join('\n\n')}\n`
}

// ─── Snapshot → Hugo project ─────────────────────────────────────────────────────────────────

const byName = (list) => [...list].sort((a, b) => a.name.localeCompare(b.name))
const image = (media) => (media ? { url: media.url, alt: media.alt, width: media.width, height: media.height } : null)

/** Front matter as JSON (Hugo reads a JSON object at the top of a content file). */
function contentFile(frontMatter, body = '') {
  return `${JSON.stringify(frontMatter, null, 1)}\n\n${body}`
}

function copyDir(from, to) {
  fs.mkdirSync(to, { recursive: true })
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) copyDir(source, target)
    else fs.copyFileSync(source, target)
  }
}

/**
 * The appointment form's inline stylesheet and script, taken from a page the Astro build wrote
 * (`request-appointment/index.html`), so the Hugo pages carry exactly what the sites carry.
 */
export function formAssetsOf(astroPageFile) {
  const html = fs.readFileSync(astroPageFile, 'utf8')
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).find((text) => text.startsWith('.af{'))
  const js = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1]
  if (css === undefined || js === undefined) throw new Error(`${astroPageFile} has no appointment form stylesheet and script`)
  return { css, js }
}

/**
 * Reads one brand snapshot (the JSON `pnpm snapshot` writes) and writes a complete Hugo
 * project into `projectDir` (emptied first): config.json, content/, data/site.json, and the
 * layouts and assets of bench/hugo. `baseURL` defaults to the brand's own domain, which is where
 * the Astro build points canonical URLs, the sitemap and the feed.
 *
 * `formAssets` ({ css, js }) is the appointment form's stylesheet and script as the sites inline
 * them (see {@link formAssetsOf}); the pages with the form inline them too.
 *
 * Returns { brand, projectDir, articles, expectedPages, pagesByKind }: `expectedPages` is the
 * number of index.html files the build should write (the same count as the Astro build, whose
 * 404 page is 404.html and not counted either).
 */
export function writeHugoProject({ snapshotFile, projectDir, baseURL, formAssets }) {
  const snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8'))
  const { brand } = snapshot
  const base = baseURL ?? `https://${brand.domain}/`
  fs.rmSync(projectDir, { recursive: true, force: true })
  fs.mkdirSync(projectDir, { recursive: true })

  const clinics = [...snapshot.clinics].sort(
    (a, b) => a.address.state.localeCompare(b.address.state) || a.address.city.localeCompare(b.address.city) || a.name.localeCompare(b.name),
  )
  const therapies = byName(snapshot.therapies)
  const conditions = byName(snapshot.conditions)
  const faqs = [...snapshot.faqs].sort((a, b) => a.topic.localeCompare(b.topic) || a.question.localeCompare(b.question))
  const comparisons = [...snapshot.comparisons].sort((a, b) => a.title.localeCompare(b.title))
  const articles = [...snapshot.articles].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.title.localeCompare(b.title))
  const slugs = {}
  for (const collection of ['articles', 'therapies', 'conditions', 'comparisons', 'clinics', 'faqs']) {
    slugs[collection] = new Map(snapshot[collection].map((doc) => [doc.id, doc.slug]))
  }
  const ROUTE = { articles: 'articles', therapies: 'therapies', conditions: 'conditions', comparisons: 'compare', clinics: 'locations' }
  const ctx = {
    faqs: new Map(snapshot.faqs.map((faq) => [faq.id, faq])),
    comparisons: new Map(snapshot.comparisons.map((comparison) => [comparison.id, comparison])),
    href(target) {
      const slug = slugs[target.collection]?.get(target.id)
      if (slug === undefined) return null
      return target.collection === 'faqs' ? `/faq/#${slug}` : `/${ROUTE[target.collection]}/${slug}/`
    },
  }
  const takesRequests = brand.acceptsAppointments && brand.appointmentUrl !== null

  // Where each therapy can be had: listed by the clinic and allowed in its state.
  const allowed = (therapy, clinic) => !therapy.notOfferedInStates.includes(clinic.address.state)
  const notOfferedReason = (therapy, clinic) => `${therapy.name} is not offered in ${stateName(clinic.address.state)}`

  const data = {
    brand: {
      name: brand.name,
      slug: brand.slug,
      tagline: brand.tagline,
      domain: brand.domain,
      orgType: brand.kind === 'publication' ? 'Organization' : 'MedicalOrganization',
      themeStyle: `--color-primary: ${brand.theme.primary}; --color-accent: ${brand.theme.accent}; --color-background: ${brand.theme.background}; --color-text: ${brand.theme.text}`,
      primary: brand.theme.primary,
      logo: image(brand.logo),
      phone: brand.contact.phone,
      tel: brand.contact.phone ? toTelHref(brand.contact.phone) : null,
      email: brand.contact.email,
      social: brand.socialLinks.map((link) => ({ name: PLATFORM_NAMES[link.platform] ?? link.platform, url: link.url })),
      acceptsAppointments: brand.acceptsAppointments,
      takesRequests,
      appointmentUrl: brand.appointmentUrl,
      medicalDisclaimer: brand.medicalDisclaimer,
      privacy: brand.privacyNotice.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean),
      states: [...new Set(clinics.map((clinic) => clinic.address.state))].map(stateName),
    },
    therapyOrder: therapies.map((t) => t.id),
    therapies: Object.fromEntries(
      therapies.map((therapy) => {
        const listing = clinics.filter((clinic) => clinic.therapies.includes(therapy.id))
        return [
          therapy.id,
          {
            id: therapy.id,
            name: therapy.name,
            slug: therapy.slug,
            summary: therapy.summary,
            session: minutesRange(therapy.sessionLength),
            cost: costRange(therapy.cost),
            practitioners: therapy.practitioners.join('; '),
            sideEffects: therapy.sideEffects,
            contraindications: therapy.contraindications,
            conditions: therapy.conditions.filter((id) => slugs.conditions.has(id)),
            statesNotOffered: [...new Set(therapy.notOfferedInStates)].map(stateName).sort((a, b) => a.localeCompare(b)),
            offeredAt: listing.filter((clinic) => allowed(therapy, clinic)).map((clinic) => clinic.id),
            notOfferedAt: listing.filter((clinic) => !allowed(therapy, clinic)).map((clinic) => ({ clinic: clinic.id, reason: notOfferedReason(therapy, clinic) })),
          },
        ]
      }),
    ),
    conditionOrder: conditions.map((c) => c.id),
    conditions: Object.fromEntries(conditions.map((c) => [c.id, { id: c.id, name: c.name, slug: c.slug, summary: c.summary, therapies: c.therapies.filter((id) => slugs.therapies.has(id)) }])),
    faqOrder: faqs.map((f) => f.id),
    faqs: Object.fromEntries(
      faqs.map((faq) => [
        faq.id,
        {
          id: faq.id,
          slug: faq.slug,
          question: faq.question,
          topic: faq.topic,
          therapies: faq.therapies,
          conditions: faq.conditions,
          answer: richTextToMarkdown(faq.answer, ctx, { baseLevel: 3, depth: 1 }),
          text: plainText(faq.answer).join(' ').replace(/\s+/g, ' ').trim(),
        },
      ]),
    ),
    faqTopics: [...new Set(faqs.map((faq) => faq.topic))].map((topic) => ({ topic, faqs: faqs.filter((faq) => faq.topic === topic).map((faq) => faq.id) })),
    comparisonOrder: comparisons.map((c) => c.id),
    comparisons: Object.fromEntries(comparisons.map((c) => [c.id, c])),
    authors: Object.fromEntries(snapshot.authors.map((a) => [a.id, { id: a.id, name: a.name, credentials: a.credentials, jobTitle: a.jobTitle, bio: a.bio }])),
    clinicOrder: clinics.map((c) => c.id),
    clinics: Object.fromEntries(
      clinics.map((clinic) => {
        const { address, geo } = clinic
        const listed = therapies.filter((therapy) => clinic.therapies.includes(therapy.id))
        return [
          clinic.id,
          {
            id: clinic.id,
            name: clinic.name,
            slug: clinic.slug,
            address,
            stateName: stateName(address.state),
            oneLine: `${address.street}${address.street2 ? `, ${address.street2}` : ''}, ${address.city}, ${address.state} ${address.postalCode}`,
            streetLine: address.street2 ? `${address.street}, ${address.street2}` : address.street,
            mapUrl: `https://www.openstreetmap.org/?mlat=${geo.lat}&mlon=${geo.lng}#map=17/${geo.lat}/${geo.lng}`,
            geo,
            phone: clinic.phone,
            tel: toTelHref(clinic.phone),
            email: clinic.email,
            booking: clinic.booking,
            hours: [...clinic.openingHours]
              .sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day))
              .map((entry) => ({
                day: capitalise(entry.day),
                schemaDay: `https://schema.org/${capitalise(entry.day)}`,
                closed: entry.closed,
                opens: entry.opens ?? '',
                closes: entry.closes ?? '',
                hours: entry.closed ? 'Closed' : `${clockTime(entry.opens)} ${EN_DASH} ${clockTime(entry.closes)}`,
              })),
            offered: listed.filter((therapy) => allowed(therapy, clinic)).map((therapy) => therapy.id),
            notOffered: listed.filter((therapy) => !allowed(therapy, clinic)).map((therapy) => ({ therapy: therapy.id, reason: notOfferedReason(therapy, clinic) })),
          },
        ]
      }),
    ),
    states: [...new Set(clinics.map((clinic) => clinic.address.state))]
      .sort((a, b) => stateName(a).localeCompare(stateName(b)))
      .map((state) => ({ code: state, id: `state-${state.toLowerCase()}`, name: stateName(state), clinics: clinics.filter((clinic) => clinic.address.state === state).map((clinic) => clinic.id) })),
  }

  // Categories: told apart by slug and named by the most used spelling, as lib/categories.ts does.
  const categories = new Map()
  for (const article of articles) {
    for (const name of article.categories) {
      const slug = categorySlug(name)
      const entry = categories.get(slug) ?? { spellings: new Map(), articles: new Set() }
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1)
      entry.articles.add(article.id)
      categories.set(slug, entry)
    }
  }
  data.categories = [...categories.entries()]
    .map(([slug, entry]) => ({ slug, name: [...entry.spellings.entries()].sort((a, b) => b[1] - a[1])[0][0], count: entry.articles.size }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug))
  const categoryName = new Map(data.categories.map((category) => [category.slug, category.name]))

  const write = (relative, text) => {
    const file = path.join(projectDir, relative)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, text)
  }

  write('data/site.json', JSON.stringify(data))
  write(
    'config.json',
    JSON.stringify(
      {
        baseURL: base,
        languageCode: 'en-us',
        title: brand.name,
        disableKinds: ['taxonomy'],
        ignoreErrors: ['error-disable-taxonomy'],
        disableAliases: true,
        enableRobotsTXT: true,
        paginate: ARTICLES_PER_PAGE,
        paginatePath: 'page',
        rssLimit: -1,
        taxonomies: { category: 'categories' },
        permalinks: { categories: '/articles/category/:slug/' },
        outputs: { home: ['HTML', 'RSS'], section: ['HTML'], page: ['HTML'], term: ['HTML'] },
        outputFormats: { RSS: { baseName: 'rss' } },
        sitemap: { filename: 'sitemap.xml' },
        markup: {
          goldmark: {
            renderer: { unsafe: true },
            parser: { wrapStandAloneImageWithinParagraph: false, autoHeadingIDType: 'github' },
            extensions: { typographer: false, linkify: false },
          },
        },
        related: {
          threshold: 1,
          includeNewer: true,
          toLower: true,
          indices: [
            { name: 'therapies', weight: 2 },
            { name: 'conditions', weight: 2 },
            { name: 'categories', weight: 1 },
          ],
        },
        imaging: { quality: 80, resampleFilter: 'Lanczos' },
        params: { imageWidths: IMAGE_WIDTH_LADDER, articlesPerPage: ARTICLES_PER_PAGE },
      },
      null,
      1,
    ),
  )

  // Pages. Sections whose list page the site does not have are not rendered.
  const pagesByKind = { home: 1, articleIndex: 0, category: 0, article: articles.length, comparison: comparisons.length, therapies: 1 + therapies.length, conditions: 1 + conditions.length, faq: 1, locations: 1 + clinics.length, appointment: 1 + (takesRequests ? 1 : 0), privacy: 1 }
  pagesByKind.articleIndex = Math.max(1, Math.ceil(articles.length / ARTICLES_PER_PAGE))
  pagesByKind.category = data.categories.reduce((sum, category) => sum + Math.max(1, Math.ceil(category.count / ARTICLES_PER_PAGE)), 0)

  write('content/_index.md', contentFile({ title: brand.name }))
  write('content/articles/_index.md', contentFile({ title: 'Articles' }))
  const embeddedFaqs = (body) => body.flatMap((node) => (node.type === 'faqGroup' ? node.faqs : []))
  for (const article of articles) {
    const faqIds = article.faqs.filter((id) => ctx.faqs.has(id))
    const front = {
      title: article.title,
      date: article.publishedAt,
      lastmod: article.updatedAt,
      publishedIso: article.publishedAt,
      updatedAt: article.updatedAt,
      updated: article.updatedAt.slice(0, 10) !== article.publishedAt.slice(0, 10),
      description: article.seo.description ?? article.excerpt,
      seoTitle: article.seo.title ?? article.title,
      excerpt: article.excerpt,
      author: article.author && snapshot.authors.some((a) => a.id === article.author) ? article.author : '',
      readingTime: article.readingTimeMinutes,
      categories: [...new Set(article.categories.map((name) => categoryName.get(categorySlug(name))))],
      therapies: article.relatedTherapies.filter((id) => slugs.therapies.has(id)),
      conditions: article.relatedConditions.filter((id) => slugs.conditions.has(id)),
      faqs: faqIds,
      allFaqs: [...new Set([...embeddedFaqs(article.body).filter((id) => ctx.faqs.has(id)), ...faqIds])],
      hero: image(article.heroImage),
      shareImage: image(article.seo.image ?? article.heroImage),
    }
    write(`content/articles/${article.slug}.md`, contentFile(front, richTextToMarkdown(article.body, ctx)))
  }
  for (const category of data.categories) write(`content/categories/${category.slug}/_index.md`, contentFile({ title: category.name, slug: category.slug }))

  write('content/therapies/_index.md', contentFile({ title: 'Therapies' }))
  for (const therapy of therapies) write(`content/therapies/${therapy.slug}.md`, contentFile({ title: therapy.name, id: therapy.id }, richTextToMarkdown(therapy.howItWorks, ctx, { baseLevel: 3 })))
  write('content/conditions/_index.md', contentFile({ title: 'Conditions we treat' }))
  for (const condition of conditions) write(`content/conditions/${condition.slug}.md`, contentFile({ title: condition.name, id: condition.id }, richTextToMarkdown(condition.body, ctx)))
  write('content/compare/_index.md', contentFile({ title: 'Comparisons', _build: { render: 'never' } }))
  for (const comparison of comparisons) write(`content/compare/${comparison.slug}.md`, contentFile({ title: comparison.title, id: comparison.id }))
  write('content/locations/_index.md', contentFile({ title: clinics.length === 1 ? 'Our clinic' : 'Find a location near you' }))
  for (const clinic of clinics) write(`content/locations/${clinic.slug}.md`, contentFile({ title: clinic.name, id: clinic.id }))
  write('content/faq.md', contentFile({ title: 'Frequently asked questions', layout: 'faq' }))
  write('content/privacy.md', contentFile({ title: 'Privacy notice', layout: 'privacy' }))
  write('content/request-appointment/_index.md', contentFile({ title: 'Request an appointment' }))
  if (takesRequests) write('content/request-appointment/thank-you.md', contentFile({ title: 'Thank you for your request' }))

  copyDir(path.join(HUGO_TEMPLATE_DIR, 'layouts'), path.join(projectDir, 'layouts'))
  copyDir(path.join(HUGO_TEMPLATE_DIR, 'assets'), path.join(projectDir, 'assets'))
  write('assets/appointment-form.css', formAssets.css)
  write('assets/appointment-form.js', formAssets.js)

  const expectedPages = Object.values(pagesByKind).reduce((sum, n) => sum + n, 0)
  return { brand: brand.slug, projectDir, articles: articles.length, expectedPages, pagesByKind }
}

// ─── Running Hugo ────────────────────────────────────────────────────────────────────────────

/** The first line of `hugo version`, or null when hugo is not on PATH (install: `apt-get install hugo`). */
export function hugoVersion() {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' })
  if (result.error || result.status !== 0) return null
  return result.stdout.trim().split('\n')[0] || null
}

/** Every index.html under `dir`. */
export function countPages(dir) {
  let pages = 0
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(current, entry.name))
      else if (entry.name === 'index.html') pages += 1
    }
  }
  walk(dir)
  return pages
}

/**
 * Hugo always writes `<list>/page/1/index.html`, a tiny redirect to `<list>/` (disableAliases
 * does not cover it); the Astro site has no such page. Removed after the timed build so the page
 * counts compare like for like. Returns how many were removed.
 */
export function removePageOneRedirects(dir) {
  let removed = 0
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue
      const full = path.join(current, entry.name)
      const stub = path.join(full, '1', 'index.html')
      if (entry.name === 'page' && fs.existsSync(stub) && fs.readFileSync(stub, 'utf8').includes('http-equiv="refresh"')) {
        fs.rmSync(path.join(full, '1'), { recursive: true })
        removed += 1
        if (fs.readdirSync(full).length === 0) fs.rmdirSync(full)
        continue
      }
      walk(full)
    }
  }
  walk(dir)
  return removed
}

/**
 * Runs `hugo --quiet --source <projectDir> --destination <outDir> --cacheDir <cacheDir>` into
 * a fresh outDir with a fresh cache (so remote images are downloaded and resized, as the Astro
 * build does every time). Resolves with { seconds, pages }; seconds is the hugo process alone.
 * Rejects with hugo's output when it fails.
 */
export function buildHugoSite({ projectDir, outDir, cacheDir, env = process.env }) {
  fs.rmSync(outDir, { recursive: true, force: true })
  fs.rmSync(cacheDir, { recursive: true, force: true })
  fs.mkdirSync(cacheDir, { recursive: true })
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn('hugo', ['--quiet', '--source', projectDir, '--destination', outDir, '--cacheDir', cacheDir], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', (error) => reject(new Error(`could not start hugo: ${error.message}`)))
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000
      if (code !== 0) {
        reject(new Error(`hugo failed (exit code ${code}) for ${projectDir}:\n${output.trim().split('\n').slice(-30).join('\n')}`))
        return
      }
      const aliasesRemoved = removePageOneRedirects(outDir)
      resolve({ seconds, pages: countPages(outDir), aliasesRemoved, output: output.trim() })
    })
  })
}

// ─── CLI ─────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const usage = 'usage: node scripts/bench/hugo.mjs --snapshot-dir <dir> --form-page <file> --out <dir> [--work <dir>]\n  --form-page: a request-appointment/index.html of an Astro build, for the form stylesheet and script'
  let values
  try {
    values = parseArgs({ options: { 'snapshot-dir': { type: 'string' }, 'form-page': { type: 'string' }, out: { type: 'string' }, work: { type: 'string' } } }).values
  } catch (error) {
    console.error(`✖ ${error.message}\n${usage}`)
    return 2
  }
  if (!values['snapshot-dir'] || !values.out || !values['form-page']) {
    console.error(`✖ --snapshot-dir, --form-page and --out are required\n${usage}`)
    return 2
  }
  const version = hugoVersion()
  if (version === null) {
    console.error('✖ Hugo is not installed (no `hugo` on PATH). Install it with `apt-get install hugo` (the extended build is needed for WebP).')
    return 1
  }
  const snapshotDir = path.resolve(values['snapshot-dir'])
  const formAssets = formAssetsOf(path.resolve(values['form-page']))
  const outRoot = path.resolve(values.out)
  const workDir = values.work ? path.resolve(values.work) : fs.mkdtempSync(path.join(os.tmpdir(), 'hugo-bench-'))
  const files = fs.readdirSync(snapshotDir).filter((name) => name.endsWith('.json')).sort()
  if (files.length === 0) {
    console.error(`✖ ${snapshotDir} holds no <brand>.json snapshots`)
    return 1
  }
  console.log(`${version}\nsnapshots ${snapshotDir} → ${outRoot} (work dir ${workDir})`)
  let totalSeconds = 0
  let totalPages = 0
  let failed = false
  for (const file of files) {
    const slug = file.slice(0, -'.json'.length)
    const projectDir = path.join(workDir, slug, 'project')
    const prepared = performance.now()
    const project = writeHugoProject({ snapshotFile: path.join(snapshotDir, file), projectDir, formAssets })
    const prepareSeconds = (performance.now() - prepared) / 1000
    try {
      const result = await buildHugoSite({ projectDir, outDir: path.join(outRoot, slug), cacheDir: path.join(workDir, slug, 'cache') })
      totalSeconds += result.seconds
      totalPages += result.pages
      const mismatch = result.pages === project.expectedPages ? '' : ` (expected ${project.expectedPages})`
      console.log(
        `${slug}: ${result.pages} pages${mismatch} in ${result.seconds.toFixed(2)} s (${(result.pages / result.seconds).toFixed(1)} pages/s); ` +
          `${project.articles} articles; ${result.aliasesRemoved} page/1 redirects removed; project written in ${prepareSeconds.toFixed(2)} s (not timed)`,
      )
      if (result.output) console.log(result.output.replace(/^/gm, `  ${slug} │ `))
    } catch (error) {
      console.error(`✖ ${slug}: ${error.message}`)
      failed = true
    }
  }
  if (totalSeconds > 0) console.log(`total: ${totalPages} pages in ${totalSeconds.toFixed(2)} s of hugo (${(totalPages / totalSeconds).toFixed(1)} pages/s)`)
  return failed ? 1 : 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === import.meta.filename) {
  process.exitCode = await main()
}
