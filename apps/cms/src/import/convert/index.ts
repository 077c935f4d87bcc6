/** Converting a post's HTML into the editor's rich text, and what is computed from it. */
export { convertBody } from './convertBody'
export { bodyTexts, readingMinutes } from './summary'
