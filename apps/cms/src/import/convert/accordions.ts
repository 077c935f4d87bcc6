import { cleanText, tagOf } from '../dom'

/*
 * Accordions (a question that opens its answer) come as `<details><summary>` or as the markup of
 * a theme or plugin: WordPress FAQ blocks (Yoast, Rank Math, CoBlocks, Kadence), page builders
 * (Elementor, Divi, Avada, WPBakery), Squarespace and Bootstrap. Each item becomes a heading and
 * its answer, so the FAQ finder sees the same shape as a written-out FAQ section.
 */

/** Class names of one accordion item (question and answer). */
const ITEM_CLASS =
  /^(?:accordion(?:[-_]{1,2}(?:item|section|panel|entry))|c-accordion__item|wp-block-coblocks-accordion-item|wp-block-pb-accordion-item|schema-faq-section|rank-math-faq-item|rank-math-list-item|elementor-accordion-item|elementor-toggle-item|kt-accordion-pane|et_pb_toggle|fusion-panel|vc_toggle|su-spoiler|(?:faq|toggle)(?:[-_]{1,2}(?:item|section|entry|pane))|faq-question-answer)$/i

/** Class names of an accordion item's question. */
const TITLE_CLASS =
  /(?:^|[-_])(?:title|question|header|heading|button|trigger|toggle|tab-title|spoiler-title|summary)$|^(?:schema-faq-question|rank-math-question|et_pb_toggle_title|vc_toggle_title|fusion-toggle-heading)$/i

/** Whether an element is one accordion item: `details`, or a known item class. */
export function isAccordionItem(element: Element): boolean {
  if (tagOf(element) === 'details') return true
  return [...element.classList].some((name) => ITEM_CLASS.test(name))
}

/**
 * The question of an accordion item: its `summary`, else the first descendant with a title-like
 * class or a heading, else a leading `strong`; null when there is none with text.
 */
export function accordionTitle(item: Element): Element | null {
  if (tagOf(item) === 'details') {
    const summary = [...item.children].find((child) => tagOf(child) === 'summary')
    return summary !== undefined && cleanText(summary.textContent) !== '' ? summary : null
  }
  for (const element of item.querySelectorAll('*')) {
    if ([...element.classList].some((name) => TITLE_CLASS.test(name)) && cleanText(element.textContent) !== '') return innermostTitle(element)
  }
  const heading = item.querySelector('h2, h3, h4, h5, h6')
  if (heading !== null && cleanText(heading.textContent) !== '') return heading
  const first = item.firstElementChild
  if (first !== null && /^(strong|b)$/.test(tagOf(first)) && cleanText(first.textContent) !== '') return first
  return null
}

/** A title wrapper whose text is all in one title-classed child: that child (so icons beside it stay out). */
function innermostTitle(element: Element): Element {
  const inner = [...element.querySelectorAll('*')].find(
    (child) => [...child.classList].some((name) => TITLE_CLASS.test(name)) && cleanText(child.textContent) === cleanText(element.textContent),
  )
  return inner ?? element
}
