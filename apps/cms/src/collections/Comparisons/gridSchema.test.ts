import { describe, expect, it } from 'vitest'
import { GRID_LIMITS, cellOf, textCell } from './grid'
import { gridProblem, readGrid } from './gridSchema'

const row = (label: string, cells: Record<string, unknown>, id = 'r1') => ({ id, label, cells })

describe('gridProblem', () => {
  it('accepts a grid of compared therapies, bold, italic and a link in a cell, and a draft row without a label', () => {
    const rich = cellOf([
      { type: 'text', text: 'Fine', format: 1 },
      { type: 'text', text: ' needles', format: 2 },
      { type: 'linebreak' },
      { type: 'link', fields: { url: 'https://needles.example/', newTab: true }, children: [{ type: 'text', text: 'more', format: 3 }] },
    ])
    const grid = { rows: [row('Tool used', { '12': rich, '7': textCell('Hands') }), row('', {}, 'r2')] }
    expect(gridProblem(grid, [12, 7], { publishing: false })).toBeNull()
    expect(gridProblem(null, [12, 7], { publishing: true })).toBeNull()
  })

  it('refuses a cell of a therapy the comparison does not compare, naming the row and the therapy', () => {
    expect(gridProblem({ rows: [row('Tool used', { '12': textCell('Needles'), '99': textCell('Cups') })] }, [12, 7], { publishing: false })).toBe(
      'Attribute "Tool used" has a value for therapy 99, which this comparison does not compare: add the therapy as a column or remove the value.',
    )
  })

  it('refuses a row without a label on publish only', () => {
    const grid = { rows: [row(' ', { '12': textCell('Needles') })] }
    expect(gridProblem(grid, [12], { publishing: false })).toBeNull()
    expect(gridProblem(grid, [12], { publishing: true })).toBe('Attribute 1 has no label: name it (e.g. "Tool used") or delete the row.')
  })

  it('refuses what the table cannot hold: extra keys, unknown nodes, marks other than bold and italic, unsafe links, too many rows', () => {
    const problem = (grid: unknown) => gridProblem(grid, [12], { publishing: false })
    expect(problem({ rows: [], extra: true })).toMatch(/^The table could not be read at the table: /)
    expect(problem({ rows: [{ ...row('Tool used', {}), colour: 'red' }] })).toMatch(/^The table could not be read at attribute "Tool used": /)
    expect(problem({ rows: [row('Tool used', { '12': { root: { type: 'root', children: [{ type: 'heading', children: [] }] } } })] })).toMatch(
      /^The table could not be read at attribute "Tool used", the cell of therapy 12: /,
    )
    expect(problem({ rows: [row('Tool used', { '12': cellOf([{ type: 'text', text: 'x', format: 16 }]) })] })).toContain('text may only be bold (1) or italic (2)')
    expect(problem({ rows: [row('Tool used', { '12': cellOf([{ type: 'link', fields: { url: 'javascript:alert(1)' }, children: [] }]) })] })).toContain(
      'a link must start with http://, https://, mailto: or tel:',
    )
    expect(problem({ rows: Array.from({ length: GRID_LIMITS.rows + 1 }, (_, index) => row(`Row ${index}`, {}, `r${index}`)) })).toContain(`at most ${GRID_LIMITS.rows} attributes`)
    expect(problem({ rows: [row('Tool used', { '12': textCell('x'.repeat(GRID_LIMITS.cellLength + 1)) })] })).toContain(`at most ${GRID_LIMITS.cellLength} characters`)
    expect(problem({ rows: [row('One', {}, 'same'), row('Two', {}, 'same')] })).toBe('Two attributes share the id "same"; reload the page and edit the table again.')
    expect(problem('{"rows":[]}')).toMatch(/^The table could not be read/)
  })
})

describe('readGrid', () => {
  it('reads an unset grid as an empty table and refuses another shape with a TypeError naming the field', () => {
    expect(readGrid(undefined)).toEqual({ rows: [] })
    expect(() => readGrid({ rows: 'none' })).toThrow(TypeError)
    expect(() => readGrid({ rows: 'none' })).toThrow("the comparison's table (grid) is not a table of cells")
  })
})
