import { randomBytes } from 'node:crypto'
import { APPOINTMENT_ENDPOINT_PATH, accessibleTheme } from '@clinic/schema'
import type { Payload } from 'payload'
import { env } from '../env'
import type { Brand } from '../payload-types'
import type { HtmlPage, Refusal } from './answers'
import { type ErrorPageForm, errorPage } from './errorPage'
import { formClinics, formValuesOf } from './formContext'
import { siteUrlsOf } from './thankYouUrl'

/** Everything known about the request so far, for the answer. */
export interface Exchange {
  payload: Payload
  wantsJson: boolean
  fields: Record<string, unknown> | null
  brand: Brand | null
  thankYouUrl: string | null
}

/** The HTML page for a refused form post: the form again when the brand is known and the request was read. */
export async function renderRefusal(exchange: Exchange, refusal: Refusal): Promise<HtmlPage> {
  const { brand, fields, thankYouUrl, payload } = exchange
  const nonce = randomBytes(16).toString('base64')
  const errors = refusal.errors ?? {}
  const page = (form: ErrorPageForm | null) => errorPage({ message: refusal.message, errors, form, nonce })
  const showForm = brand !== null && brand._status === 'published' && brand.acceptsAppointments !== false && fields !== null && thankYouUrl !== null && refusal.status !== 403
  if (showForm) {
    try {
      const form: ErrorPageForm = {
        action: `${env.serverUrl}${APPOINTMENT_ENDPOINT_PATH}`,
        brand: { slug: brand.slug, name: brand.name },
        clinics: await formClinics(payload, brand),
        thankYouUrl,
        ...siteUrlsOf(thankYouUrl, brand),
        // The palette the brand's site uses: colours corrected for WCAG AA, as at build time.
        theme: accessibleTheme(brand.theme).theme,
        values: formValuesOf(fields),
      }
      return { html: page(form), formTargets: [...new Set([new URL(form.action).origin, new URL(thankYouUrl).origin])], nonce }
    } catch (error) {
      // No published clinic, or the clinics could not be read: the message alone still helps.
      payload.logger.error({ err: error, msg: `Appointment request: could not show the form of brand ${brand.slug} again; answered with the message only.` })
    }
  }
  return { html: page(null), formTargets: [], nonce }
}
