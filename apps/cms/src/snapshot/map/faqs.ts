import type { Faq } from '../../payload-types'
import type { MapContext } from './context'

/** A question and answer as the snapshot carries it: only published therapies and conditions are listed. */
export function mapFaq(faq: Faq, ctx: MapContext) {
  return {
    id: String(faq.id),
    question: faq.question,
    slug: faq.slug,
    answer: ctx.richText(faq.answer, { collection: 'faqs', id: String(faq.id) }, 'answer'),
    topic: faq.topic,
    therapies: ctx.keep('therapies', faq.therapies),
    conditions: ctx.keep('conditions', faq.conditions),
  }
}
