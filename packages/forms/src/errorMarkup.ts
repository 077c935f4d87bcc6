import { errorId, summaryId, summaryTitleId } from './fieldIds'
import { ERROR_PREFIX, ERROR_SUMMARY_TITLE } from './formText'
import { element, escapeHtml } from './html'
import { VISUALLY_HIDDEN_CLASS } from './visuallyHidden'

/*
 * The error summary and the inline messages. APPOINTMENT_FORM_SCRIPT builds the same elements
 * with the same attributes in the same order when the endpoint answers with errors, so a
 * visitor with JavaScript and one without get the same page.
 */

/** One line of the error summary: a link to the field, or plain text when the field has no control to go to. */
export interface ErrorSummaryItem {
  message: string
  /** `#<control id>`, or null. */
  href: string | null
}

/**
 * `role="alert"` region headed "There is a problem": first the messages about the request as a
 * whole (`notes`), then one item per field in form order. Focusable (`tabindex="-1"`) so the
 * script can move focus to it.
 */
export function renderErrorSummary(prefix: string, headingLevel: number, notes: readonly string[], items: readonly ErrorSummaryItem[]): string {
  const heading = element(`h${headingLevel}`, { class: 'af-summary-title', id: summaryTitleId(prefix) }, escapeHtml(ERROR_SUMMARY_TITLE))
  const paragraphs = notes.map((note) => element('p', {}, escapeHtml(note))).join('')
  const list =
    items.length === 0
      ? ''
      : element(
          'ul',
          { class: 'af-summary-list' },
          items.map((item) => element('li', {}, item.href === null ? escapeHtml(item.message) : element('a', { href: item.href }, escapeHtml(item.message)))).join(''),
        )
  return element('div', { class: 'af-summary', id: summaryId(prefix), role: 'alert', tabindex: '-1', 'aria-labelledby': summaryTitleId(prefix) }, heading + paragraphs + list)
}

/** The message shown next to a field, referenced by the control's (or fieldset's) `aria-describedby`. */
export function renderInlineError(prefix: string, field: string, message: string): string {
  return element('p', { class: 'af-error', id: errorId(prefix, field) }, element('span', { class: VISUALLY_HIDDEN_CLASS }, escapeHtml(ERROR_PREFIX)) + escapeHtml(message))
}
