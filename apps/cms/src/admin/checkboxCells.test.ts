import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { YES_NO_CELL, withYesNoCell } from './checkboxCells'

describe('withYesNoCell', () => {
  it('gives checkboxes, also inside groups, rows and tabs, the Yes/No cell', () => {
    const field: Field = {
      type: 'tabs',
      tabs: [{ label: 'Main', fields: [{ name: 'hours', type: 'group', fields: [{ type: 'row', fields: [{ name: 'closed', type: 'checkbox' }] }] }] }],
    }
    const tabs = withYesNoCell(field) as Extract<Field, { type: 'tabs' }>
    const group = tabs.tabs[0]?.fields[0] as Extract<Field, { type: 'group' }>
    const row = group.fields[0] as Extract<Field, { type: 'row' }>
    expect(row.fields[0]).toMatchObject({ name: 'closed', admin: { components: { Cell: YES_NO_CELL } } })
  })

  it('keeps a cell of the field\'s own and leaves other fields alone', () => {
    const own: Field = { name: 'accepting', type: 'checkbox', admin: { components: { Cell: '/own#Cell' } } }
    expect(withYesNoCell(own)).toEqual(own)
    const text: Field = { name: 'title', type: 'text' }
    expect(withYesNoCell(text)).toEqual(text)
  })
})
