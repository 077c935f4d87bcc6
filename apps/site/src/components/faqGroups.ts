import type { Faq } from '@clinic/schema'
import { RESERVED_IDS, uniqueSlugIds } from '../lib/headings'

/** FAQs under one topic heading. */
export interface FaqTopicGroup {
  topic: string
  /** For the topic heading: the topic's slug, never a question's slug or a reserved id. */
  id: string
  faqs: Faq[]
}

/**
 * FAQs grouped by `topic`, topics and questions in the order given (`SiteData.faqs` is
 * sorted by topic, then question). Topic ids avoid the questions' slugs, which the FAQ page
 * uses as the questions' ids.
 */
export function groupFaqsByTopic(faqs: readonly Faq[]): FaqTopicGroup[] {
  const byTopic = new Map<string, Faq[]>()
  for (const faq of faqs) {
    const list = byTopic.get(faq.topic)
    if (list) list.push(faq)
    else byTopic.set(faq.topic, [faq])
  }
  const topics = [...byTopic.keys()]
  const ids = uniqueSlugIds(topics, [...RESERVED_IDS, ...faqs.map((faq) => faq.slug)], 'topic')
  return topics.map((topic, index) => ({ topic, id: ids[index] ?? `topic-${index + 1}`, faqs: byTopic.get(topic) ?? [] }))
}
