(() => {
'use strict'
const FIELDS = ["name","phone","email","clinic","therapy","preferredDays","preferredTimes","message","consent"]
const MULTI = ["preferredDays","preferredTimes"]
const TEXT = {"summaryTitle":"There is a problem","errorPrefix":"Error: ","sending":"Sending…","confirmed":"Request sent"}
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
field.querySelector('.af-control').before(el('p', { class: 'af-error', id }, el('span', { class: 'af-vh' }, TEXT.errorPrefix), text))
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
HTMLFormElement.prototype.submit.call(form)
return
}
ready()
if (answer.ok) return confirmSent(form, answer.message)
key = newKey()
showErrors(form, answer.errors && typeof answer.errors === 'object' ? answer.errors : {}, answer.message)
})
window.addEventListener('pageshow', (event) => event.persisted && ready())
const summary = form.querySelector('.af-summary')
if (summary) summary.focus()
}
document.querySelectorAll('form[data-appointment-form]').forEach(enhance)
})()