import type { InlineNode, TableNode } from '@clinic/schema'
import { isElement, tagOf } from '../dom'
import { collectRuns, runsToInline, withoutBold } from './inline'
import type { ConvertState } from './state'

/** Most columns one cell may span; more is a broken attribute, not a table. */
const MAX_COLSPAN = 20

/** The rows of a table, not those of tables nested in it. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = []
  for (const child of table.children) {
    const tag = tagOf(child)
    if (tag === 'tr') rows.push(child)
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') rows.push(...[...child.children].filter((row) => tagOf(row) === 'tr'))
  }
  return rows
}

/**
 * Whether a table lays out a page rather than holding data: one cell in all, or cells holding
 * headings or other tables. Such a table's cells are read as ordinary content.
 */
export function isLayoutTable(table: Element): boolean {
  const rows = rowsOf(table)
  const cells = rows.flatMap((row) => [...row.children].filter((cell) => /^t[dh]$/.test(tagOf(cell))))
  if (cells.length === 1) return true
  return cells.some((cell) => cell.querySelector('table, h1, h2, h3, h4, h5, h6') !== null)
}

/** The cells of a layout table, in reading order. */
export function layoutCells(table: Element): Element[] {
  return rowsOf(table).flatMap((row) => [...row.children].filter((cell) => /^t[dh]$/.test(tagOf(cell))))
}

/** Whether all the text of a cell is bold (a header written as `<td><strong>Feature</strong></td>`). */
function allBold(nodes: readonly InlineNode[]): boolean {
  const texts = nodes.flatMap((node) => (node.type === 'text' ? [node] : node.type === 'link' ? node.children.filter((child) => child.type === 'text') : []))
  const spoken = texts.filter((node) => node.text.trim() !== '')
  return spoken.length > 0 && spoken.every((node) => node.bold === true)
}

/**
 * A table node: header cells are `th` cells and the cells of `thead`; a table with neither whose
 * first row is all bold labels has that row as its header. Images and other blocks inside cells
 * are returned in `blocks`, to be placed after the table. Null for a table without cells.
 */
export function tableNode(table: Element, state: ConvertState): { node: TableNode | null; blocks: Element[] } {
  const blocks: Element[] = []
  const rows: TableNode['rows'] = []
  for (const row of rowsOf(table)) {
    const inHead = row.parentElement !== null && tagOf(row.parentElement) === 'thead'
    const cells: TableNode['rows'][number]['cells'] = []
    for (const cell of row.children) {
      if (!isElement(cell) || !/^t[dh]$/.test(tagOf(cell))) continue
      const runs = collectRuns(cell, state)
      for (const run of runs) if (run.kind === 'block') blocks.push(run.element)
      const header = inHead || tagOf(cell) === 'th'
      cells.push({ header, children: runsToInline(runs) })
      // A cell spanning columns is followed by empty ones, so the columns stay aligned.
      const span = Math.min(MAX_COLSPAN, Math.max(1, Number.parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1))
      for (let extra = 1; extra < span; extra += 1) cells.push({ header, children: [] })
    }
    if (cells.length > 0) rows.push({ cells })
  }
  if (rows.length === 0) return { node: null, blocks }

  const first = rows[0] as TableNode['rows'][number]
  const anyHeader = rows.some((row) => row.cells.some((cell) => cell.header))
  const labelled = first.cells.filter((cell) => cell.children.length > 0)
  if (!anyHeader && rows.length > 1 && labelled.length > 0 && labelled.every((cell) => allBold(cell.children))) {
    first.cells = first.cells.map((cell) => ({ header: true, children: withoutBold(cell.children) }))
  }
  return { node: { type: 'table', rows }, blocks }
}
