/** An email as the CMS sends it: a subject, and the same message as plain text and as HTML. */
export interface EmailMessage {
  subject: string
  text: string
  html: string
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** `value` safe inside HTML text and attribute values. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character)

/**
 * One line (subject lines, labelled values): line breaks and other control characters become
 * spaces, and invisible or text-direction characters (Unicode format characters, e.g. U+202E)
 * go, so that a value can neither start a line of its own nor reorder or hide what is around it.
 */
export const oneLine = (value: string) =>
  value
    .replace(/\p{Cf}+/gu, '')
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .trim()
