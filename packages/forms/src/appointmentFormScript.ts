import { APPOINTMENT_FIELDS, type AppointmentField } from '@clinic/schema'
import { CONFIRMATION_TITLE, ERROR_PREFIX, ERROR_SUMMARY_TITLE, SENDING_LABEL } from './formText'
import { VISUALLY_HIDDEN_CLASS } from './visuallyHidden'

/*
 * The progressive enhancement of every `form[data-appointment-form]` on a page, as the source
 * of one inline script. It is plain ES2020 for the browser, kept as text here because the
 * package's TypeScript has no DOM and the script must not pass through any bundler (a bundler
 * could add helpers the page does not have). The field order and the words it shows come from
 * the contract and formText.ts, filled in below, so they cannot drift from the server's.
 *
 * Without this script the form still works: it posts form-encoded data and the CMS answers
 * with a page (this package's renderAppointmentErrorPage) or a redirect to the thank-you page.
 *
 * What it does:
 * - fills the hidden `startedAt` with the time the page was shown (ms since 1970);
 * - shows only the chosen clinic's optgroup of treatments (keeping the treatment when the new
 *   clinic offers it too);
 * - on submit, posts the fields as JSON with fetch (CORS, no cookies, an Idempotency-Key per
 *   form view, renewed after the server turned a request down), disabling the button meanwhile;
 * - shows the server's messages as the same error summary and inline errors the server
 *   renders, and moves focus to the summary;
 * - on success, replaces the form with the server's confirmation (role=status, focused);
 * - when the fetch fails or the answer is not the endpoint's JSON (offline, a proxy's error
 *   page, CORS refused), submits the form the ordinary way instead, so nobody is stuck;
 * - on a page that already shows errors (the CMS's answer without JavaScript), focuses the
 *   summary; its links focus the field and scroll its label into view.
 */
const SOURCE = `
(() => {
  'use strict'
  const FIELDS = __FIELDS__
  const MULTI = __MULTI__
  const TEXT = __TEXT__
  const el = (name, attrs, ...children) => {
    const node = document.createElement(name)
    for (const key in attrs) node.setAttribute(key, attrs[key])
    node.append(...children)
    return node
  }
  const first = (control) => (control instanceof RadioNodeList ? control[0] : control)
  const newKey = () =>
    crypto.randomUUID
      ? crypto.randomUUID()
      : Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => (byte + 256).toString(16).slice(1)).join('')

  const filterTherapies = (form) => {
    const clinic = form.elements.namedItem('clinic')
    const therapy = form.elements.namedItem('therapy')
    if (!(clinic instanceof HTMLSelectElement) || !(therapy instanceof HTMLSelectElement)) return
    const groups = Array.from(therapy.getElementsByTagName('optgroup'))
    if (groups.length === 0) return
    const update = () => {
      const wanted = therapy.value
      for (const group of groups) group.remove()
      therapy.append(...groups.filter((group) => clinic.value === '' || group.dataset.clinic === clinic.value))
      const match = Array.from(therapy.options).find((option) => option.value === wanted)
      ;(match || therapy.options[0]).selected = true
    }
    clinic.addEventListener('change', update)
    update()
  }

  const payload = (form) => {
    const data = {}
    for (const [name, value] of new FormData(form)) {
      if (typeof value !== 'string') continue
      if (MULTI.includes(name)) (data[name] = data[name] || []).push(value)
      else if (!(name in data)) data[name] = value
    }
    return data
  }

  const clearErrors = (form) => {
    for (const node of form.querySelectorAll('.af-summary, .af-error')) node.remove()
    for (const node of form.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid')
    for (const node of form.querySelectorAll('[aria-describedby]')) {
      const ids = node.getAttribute('aria-describedby').split(' ').filter((id) => !id.endsWith('-error'))
      if (ids.length > 0) node.setAttribute('aria-describedby', ids.join(' '))
      else node.removeAttribute('aria-describedby')
    }
  }

  // Builds what errorMarkup.ts renders, attribute for attribute.
  const showErrors = (form, errors, message) => {
    const prefix = form.dataset.idPrefix
    clearErrors(form)
    const items = []
    for (const name of FIELDS) {
      const text = errors[name]
      if (typeof text !== 'string') continue
      const control = first(form.elements.namedItem(name))
      const visible = control && control.type !== 'hidden'
      items.push([text, visible ? '#' + control.id : null])
      const field = form.querySelector('[data-field="' + name + '"]')
      if (!field) continue
      const id = prefix + name + '-error'
      field.querySelector('.af-control').before(el('p', { class: 'af-error', id }, el('span', { class: '${VISUALLY_HIDDEN_CLASS}' }, TEXT.errorPrefix), text))
      const described = field.tagName === 'FIELDSET' ? field : visible ? control : null
      if (!described) continue
      described.setAttribute('aria-describedby', ((described.getAttribute('aria-describedby') || '') + ' ' + id).trim())
      if (described !== field) described.setAttribute('aria-invalid', 'true')
    }
    const notes = [errors.brand, errors.form].filter((note) => typeof note === 'string')
    if (notes.length === 0 && items.length === 0) notes.push(message)
    const titleId = prefix + 'error-summary-title'
    const summary = el(
      'div',
      { class: 'af-summary', id: prefix + 'error-summary', role: 'alert', tabindex: '-1', 'aria-labelledby': titleId },
      el('h' + form.dataset.headingLevel, { class: 'af-summary-title', id: titleId }, TEXT.summaryTitle),
      ...notes.map((note) => el('p', {}, note)),
    )
    if (items.length > 0) summary.append(el('ul', { class: 'af-summary-list' }, ...items.map(([text, href]) => el('li', {}, href ? el('a', { href }, text) : text))))
    form.prepend(summary)
    summary.focus()
  }

  const confirmSent = (form, message) => {
    const box = el('div', { class: 'af-confirmation', role: 'status', tabindex: '-1' }, el('h' + form.dataset.headingLevel, {}, TEXT.confirmed), el('p', {}, message))
    form.replaceWith(box)
    box.focus()
  }

  const enhance = (form) => {
    const started = form.elements.namedItem('startedAt')
    // A form the server sent back with errors was filled in already: no fill time to measure.
    if (started && !form.querySelector('.af-summary')) started.value = String(Date.now())
    filterTherapies(form)
    const button = form.querySelector('[type="submit"]')
    const label = button.textContent
    const ready = () => {
      button.disabled = false
      button.textContent = label
    }
    let key = newKey()

    form.addEventListener('click', (event) => {
      const link = event.target.closest('.af-summary a')
      const target = link && document.getElementById(link.getAttribute('href').slice(1))
      if (!target) return
      event.preventDefault()
      ;(target.closest('.af-field') || target).scrollIntoView()
      target.focus({ preventScroll: true })
    })

    form.addEventListener('submit', async (event) => {
      event.preventDefault()
      if (button.disabled) return
      button.disabled = true
      button.textContent = TEXT.sending
      let answer = null
      try {
        const response = await fetch(form.getAttribute('action'), {
          method: 'POST',
          mode: 'cors',
          credentials: 'omit',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': key },
          body: JSON.stringify(payload(form)),
        })
        if ((response.headers.get('content-type') || '').includes('application/json')) answer = await response.json()
      } catch (error) {
        answer = null
      }
      if (!answer || typeof answer.ok !== 'boolean' || typeof answer.message !== 'string') {
        // Nothing we can read: let the browser send the form itself and show the server's page.
        HTMLFormElement.prototype.submit.call(form)
        return
      }
      ready()
      if (answer.ok) return confirmSent(form, answer.message)
      key = newKey()
      showErrors(form, answer.errors && typeof answer.errors === 'object' ? answer.errors : {}, answer.message)
    })
    // Back from the fallback submission (bfcache): the button must work again.
    window.addEventListener('pageshow', (event) => event.persisted && ready())

    const summary = form.querySelector('.af-summary')
    if (summary) summary.focus()
  }

  document.querySelectorAll('form[data-appointment-form]').forEach(enhance)
})()
`

/** Fields that may be sent several times (checkboxes): the JSON carries them as arrays, as `appointmentInputFromForm` reads a form. */
const MULTI_VALUE_FIELDS: readonly AppointmentField[] = ['preferredDays', 'preferredTimes']

/** Drops indentation, blank lines and whole-line comments; line breaks stay, so the code means the same. */
function compactScript(source: string): string {
  return source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n')
}

/**
 * The form's progressive enhancement: the text of one `<script type="module">` (or classic
 * script) for every page that shows the form. Under 3 KB gzipped, no dependencies, ES2020.
 */
export const APPOINTMENT_FORM_SCRIPT: string = compactScript(
  SOURCE.replace('__FIELDS__', JSON.stringify(APPOINTMENT_FIELDS))
    .replace('__MULTI__', JSON.stringify(MULTI_VALUE_FIELDS))
    .replace(
    '__TEXT__',
    JSON.stringify({ summaryTitle: ERROR_SUMMARY_TITLE, errorPrefix: ERROR_PREFIX, sending: SENDING_LABEL, confirmed: CONFIRMATION_TITLE }),
  ),
)
