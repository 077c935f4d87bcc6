import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { editOwnBrands, ownBrandVersions, ownBrands } from '../../access/brandScoped'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { setsReviewPolicy } from '../../review/access'
import { rowLabel } from '../../components/RowLabel/config'
import { slugField } from '../../fields/slug'
import { snapshotEndpoint, snapshotIndexEndpoint } from '../../snapshot/endpoints'
import { draftVersions } from '../contentAccess'
import { env } from '../../env'
import { refreshAllowedOriginsHooks } from '../../security/allowedOrigins'
import { imageField } from '../../fields/image'
import { DEFAULT_PRIVACY_NOTICE } from './defaultPrivacyNotice'
import { DEFAULT_TIMEZONE, US_TIMEZONES } from '../../admin/timezones'
import { publishGuard } from '../../publishing/publishGuard'
import { removeBrandContent } from './hooks/removeBrandContent'
import { removeBrandReferences } from './hooks/removeBrandReferences'

const hexColour: TextFieldSingleValidation = (value) =>
  typeof value === 'string' && /^#[0-9a-fA-F]{6}$/.test(value) ? true : 'Use a #rrggbb colour, e.g. #0f766e.'

const httpUrl: TextFieldSingleValidation = (value) =>
  !value || /^https?:$/.test(URL.parse(value)?.protocol ?? '') ? true : 'Enter an http(s) address, e.g. https://api.netlify.com/build_hooks/abc123.'

const colour = (name: string, label: string, defaultValue: string, description: string) => ({
  name,
  label,
  type: 'text' as const,
  required: true,
  defaultValue,
  validate: hexColour,
  admin: { description, width: '25%' },
})

/** A clinic brand (or publication) with its own website. */
const allowedOrigins = refreshAllowedOriginsHooks(env.browserOrigins)

export const Brands: CollectionConfig = {
  slug: 'brands',
  labels: { singular: 'Brand', plural: 'Brands' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'domain', '_status', 'updatedAt'],
    group: 'Network',
    description:
      'Each brand gets its own static website, built from its published content. Deleting a brand deletes everything only it uses (articles, clinics, images, appointment requests…); content it shares stays for the other brands.',
  },
  access: {
    read: ownBrands,
    readVersions: ownBrandVersions,
    create: isAdmin,
    update: editOwnBrands,
    delete: isAdmin,
  },
  versions: draftVersions,
  endpoints: [snapshotIndexEndpoint, snapshotEndpoint],
  hooks: {
    // A brand's domain is in the CORS allow-list (src/security/allowedOrigins.ts).
    afterChange: [allowedOrigins.afterChange],
    beforeChange: [publishGuard('brands')],
    // Deleting a brand deletes what only it uses (./hooks/removeBrandContent.ts), then removes it
    // from what it shares and from every other reference (./hooks/removeBrandReferences.ts).
    beforeDelete: [removeBrandContent],
    afterDelete: [removeBrandReferences, allowedOrigins.afterDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField({ from: 'name', overrides: { unique: true } }),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'clinic',
      options: [
        { label: 'Single clinic', value: 'clinic' },
        { label: 'Spine and PT practice', value: 'spine-practice' },
        { label: 'Multi-location group', value: 'group' },
        { label: 'Wellness publication', value: 'publication' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'tagline', type: 'text', required: true, admin: { description: 'One line under the name on the home page.' } },
    {
      name: 'domain',
      type: 'text',
      required: true,
      unique: true,
      validate: (value: null | string | undefined) =>
        typeof value === 'string' && /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/.test(value)
          ? true
          : 'Enter the host name only, e.g. www.example.com.',
      admin: { description: 'The site\'s host name, without https:// — canonical links are built on it.' },
    },
    {
      name: 'theme',
      type: 'group',
      admin: { description: 'Site colours. Text must stay readable (WCAG AA contrast) on the background.' },
      fields: [
        {
          type: 'row',
          fields: [
            colour('primary', 'Primary', '#0f5f5a', 'Buttons, links, header.'),
            colour('accent', 'Accent', '#b45309', 'Highlights and focus rings.'),
            colour('background', 'Background', '#ffffff', 'Page background.'),
            colour('text', 'Text', '#1f2933', 'Body text.'),
          ],
        },
      ],
    },
    imageField('logo'),
    {
      name: 'contact',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text' },
            { name: 'email', type: 'email' },
          ],
        },
      ],
    },
    {
      name: 'socialLinks',
      type: 'array',
      labels: { singular: 'Social link', plural: 'Social links' },
      admin: { components: { RowLabel: rowLabel({ parts: [{ field: 'platform', as: 'capitalised' }, { field: 'url' }], fallback: 'Social link' }) } },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'platform',
              type: 'select',
              required: true,
              options: ['facebook', 'instagram', 'linkedin', 'youtube', 'tiktok', 'x'],
            },
            { name: 'url', type: 'text', required: true },
          ],
        },
      ],
    },
    {
      name: 'timeZone',
      label: 'Time zone',
      type: 'select',
      // Not required: brands stored before it existed, and those created through the API without it, start in the default.
      defaultValue: DEFAULT_TIMEZONE,
      options: US_TIMEZONES,
      admin: { position: 'sidebar', description: "The clinics' local time: scheduled publishing of this brand's pages starts in it." },
    },
    {
      name: 'acceptsAppointments',
      type: 'checkbox',
      defaultValue: true,
      admin: { position: 'sidebar', description: 'Show appointment requests on the site. Publications turn this off.' },
    },
    {
      name: 'clinicalReview',
      label: 'Clinical review',
      type: 'group',
      // Switching the review off would let an unreviewed page through: brand admins and network admins decide, not editors.
      access: { create: setsReviewPolicy, update: setsReviewPolicy },
      admin: {
        position: 'sidebar',
        description: 'Health pages (articles, therapies, conditions, comparisons) approved by a clinical reviewer of the brand before they go live.',
      },
      fields: [
        { name: 'required', label: 'Require clinical review before publishing', type: 'checkbox', defaultValue: false },
        {
          name: 'intervalMonths',
          label: 'Review health pages again after (months)',
          type: 'number',
          defaultValue: 12,
          min: 1,
          max: 60,
          admin: { description: 'The dashboard lists pages whose last review is older than this.' },
        },
      ],
    },
    {
      name: 'medicalDisclaimer',
      type: 'textarea',
      required: true,
      admin: { description: 'Shown under every article and therapy page.' },
    },
    {
      name: 'privacyNotice',
      label: 'Privacy notice',
      type: 'textarea',
      required: true,
      defaultValue: DEFAULT_PRIVACY_NOTICE,
      admin: {
        rows: 12,
        description:
          "The site's privacy page, linked from the appointment form's consent box: what the form collects, who reads it and how long it is kept. Plain text; leave a blank line between paragraphs.",
      },
    },
    {
      name: 'buildHookUrl',
      label: 'Build hook URL',
      type: 'text',
      validate: httpUrl,
      // The address usually carries the hook's secret: admins only.
      access: { read: isAdminField, create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', description: "POST here to rebuild this brand's site" },
    },
  ],
}
