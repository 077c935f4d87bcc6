import { type Faq, plainText } from '@clinic/schema'

/** An FAQ answer as plain text, for structured data and feeds. */
export function plainAnswer(faq: Faq): string {
  return plainText(faq.answer).join(' ').replace(/\s+/g, ' ').trim()
}
