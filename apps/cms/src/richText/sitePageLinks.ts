import { SITE_PAGES, type SitePage } from '@clinic/schema'
import type { Field, FieldAffectingData, TextFieldSingleValidation } from 'payload'

/** How the link drawer names each of the brand site's fixed pages. */
export const SITE_PAGE_LABELS: Record<SitePage, string> = {
  home: 'Home page',
  'request-appointment': 'Request an appointment',
  locations: 'Locations',
  therapies: 'Therapies',
  conditions: 'Conditions',
  articles: 'Articles',
  faq: 'Frequently asked questions',
}

/** The link type of a link to one of the site's fixed pages; its page is in the `page` field. */
export const PAGE_LINK_TYPE = 'page'

const isPageLink = (siblingData: unknown) => (siblingData as { linkType?: unknown } | undefined)?.linkType === PAGE_LINK_TYPE

/**
 * The link drawer's fields with a third kind of link beside "Custom URL" and "Internal link":
 * a page of the brand site that is not a document (the appointment request, the locations and
 * other indexes, the FAQ page). Stored as `{ linkType: 'page', page: 'locations' }`, so the
 * site builds the address for its own base path and no link points at an absolute URL.
 * The URL and "new tab" fields are hidden and not checked for such links, and a URL left over
 * from before the switch is not kept.
 */
export function withSitePageLinks(defaultFields: FieldAffectingData[]): (Field | FieldAffectingData)[] {
  const fields = defaultFields.map((field): Field | FieldAffectingData => {
    if (field.name === 'linkType' && field.type === 'radio') {
      return { ...field, options: [...field.options, { label: 'Page of the site', value: PAGE_LINK_TYPE }] }
    }
    if (field.name === 'url' && field.type === 'text' && field.hasMany !== true) {
      const { validate } = field
      const unlessPageLink: TextFieldSingleValidation = (value, options) => (isPageLink(options.siblingData) ? true : (validate?.(value, options) ?? true))
      return {
        ...field,
        admin: { ...field.admin, condition: (_data, siblingData) => siblingData.linkType !== 'internal' && !isPageLink(siblingData) },
        validate: unlessPageLink,
        // A link switched from "Custom URL" to a page keeps its old address in the form; drop it,
        // so the editor's link preview does not show an address the site never uses.
        hooks: { ...field.hooks, beforeChange: [...(field.hooks?.beforeChange ?? []), ({ value, siblingData }) => (isPageLink(siblingData) ? null : value)] },
      }
    }
    if (field.name === 'newTab' && field.type === 'checkbox') {
      return { ...field, admin: { ...field.admin, condition: (_data, siblingData) => !isPageLink(siblingData) } }
    }
    return field
  })
  const page: Field = {
    name: 'page',
    type: 'select',
    label: 'Page',
    required: true,
    options: SITE_PAGES.map((value) => ({ label: SITE_PAGE_LABELS[value], value })),
    admin: {
      condition: (_data, siblingData) => isPageLink(siblingData),
      description: 'On a site that takes no appointment requests, "Request an appointment" leads to the locations page (or is plain text when the brand has no clinics).',
    },
  }
  const at = fields.findIndex((field) => 'name' in field && field.name === 'url')
  fields.splice(at < 0 ? fields.length : at + 1, 0, page)
  return fields
}
