import type { RowLabelComponent } from 'payload'
import type { RowLabelOptions } from './rowLabelText'

export type { RowLabelOptions, RowLabelPart } from './rowLabelText'

/**
 * The `admin.components.RowLabel` of an array field: the generic row label showing `options`'
 * parts of each row, e.g. `rowLabel({ parts: [{ field: 'question' }], fallback: 'Question' })`.
 */
export function rowLabel(options: RowLabelOptions): RowLabelComponent {
  return { path: '/components/RowLabel/RowLabel#RowLabel', clientProps: { ...options } }
}
