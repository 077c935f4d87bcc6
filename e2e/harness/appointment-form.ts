/**
 * What the appointment form specs need besides a browser: the form as the site built it (to
 * compare what the script draws with what the server renders), what each clinic offers
 * according to the snapshot alone, and a stand-in for the CMS endpoint. The stand-in answers
 * inside the browser (Playwright routes): no request reaches a CMS.
 */
import { type BrandSnapshot, type Clinic, clinicTherapyAvailability } from '@clinic/schema'
import type { Page, Request } from '@playwright/test'
import { type AppointmentFormOptions } from '@clinic/forms'
import { appointmentFormOptions, indexSite, routes } from 'site/testing'

/** The options the site built a form of this brand with, in this run (brands served under `/<brand>/`). */
export function builtFormOptions(snapshot: BrandSnapshot, variant: 'full' | 'short', clinic?: Clinic): AppointmentFormOptions {
  const base = `/${snapshot.brand.slug}/`
  return appointmentFormOptions(indexSite(snapshot), routes(base), { variant, clinic, headingLevel: variant === 'full' ? 2 : 3 })
}

/** A clinic and the treatments it may be asked for: the ones it lists minus its state's exclusions, by name. */
export interface OfferedAtClinic {
  id: string
  name: string
  therapies: string[]
}

/** What every clinic offers, read from the snapshot with the contract's own rule. */
export function offeredByClinic(snapshot: BrandSnapshot): OfferedAtClinic[] {
  return snapshot.clinics.map((clinic) => ({
    id: clinic.id,
    name: clinic.name,
    therapies: clinicTherapyAvailability(clinic, snapshot.therapies)
      .offered.map((therapy) => therapy.name)
      .sort(),
  }))
}

/** A request the stand-in received. */
export interface EndpointRequest {
  method: string
  /** Every header the browser sent, cookies included, names in lower case. */
  headers: Record<string, string>
  body: string
}

/** How the stand-in answers one request: JSON, an HTML page, or a dropped connection. */
export type EndpointAnswer = { status: number; json: unknown } | { status: number; html: string } | 'network-error'

/**
 * Answers requests to `url` (the form's action) in the page's browser context. CORS preflights
 * get the answer a correctly configured CMS gives; every other request is recorded and
 * answered by `answer(request, index)` (index counts the recorded requests from 0).
 */
export async function standInEndpoint(
  page: Page,
  url: string,
  answer: (request: EndpointRequest, index: number) => EndpointAnswer | Promise<EndpointAnswer>,
): Promise<EndpointRequest[]> {
  const received: EndpointRequest[] = []
  const cors = (request: Request) => ({
    'access-control-allow-origin': request.headers().origin ?? '*',
    'access-control-allow-methods': 'POST',
    'access-control-allow-headers': 'content-type, accept, idempotency-key',
    vary: 'Origin',
  })
  await page.route(url, async (route) => {
    const request = route.request()
    if (request.method() === 'OPTIONS') {
      await route.fulfill({ status: 204, headers: cors(request) })
      return
    }
    const recorded: EndpointRequest = { method: request.method(), headers: await request.allHeaders(), body: request.postData() ?? '' }
    received.push(recorded)
    const reply = await answer(recorded, received.length - 1)
    if (reply === 'network-error') await route.abort('connectionreset')
    else if ('json' in reply) await route.fulfill({ status: reply.status, headers: cors(request), contentType: 'application/json', body: JSON.stringify(reply.json) })
    else await route.fulfill({ status: reply.status, headers: cors(request), contentType: 'text/html; charset=utf-8', body: reply.html })
  })
  return received
}
