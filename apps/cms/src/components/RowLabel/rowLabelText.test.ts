import { describe, expect, it } from 'vitest'
import { ROW_LABEL_MAX_LENGTH, type RowLabelOptions, rowLabelText } from './rowLabelText'

const openingHours: RowLabelOptions = { parts: [{ field: 'day', as: 'capitalised' }, { as: 'hours' }], fallback: 'Day' }
const specialHours: RowLabelOptions = {
  parts: [{ field: 'from', as: 'date', through: 'through' }, { as: 'hours' }, { field: 'note' }],
  fallback: 'Date',
}
const whenToChoose: RowLabelOptions = { parts: [{ field: 'therapy', as: 'title', relationTo: 'therapies' }], fallback: 'Therapy' }

describe('rowLabelText', () => {
  it('shows a weekday with its hours, or closed', () => {
    expect(rowLabelText({ day: 'monday', closed: false, opens: '08:00', closes: '18:00' }, 0, openingHours)).toBe('Monday · 08:00–18:00')
    expect(rowLabelText({ day: 'sunday', closed: true, opens: '08:00' }, 6, openingHours)).toBe('Sunday · Closed')
  })

  it('leaves out hours not typed yet', () => {
    expect(rowLabelText({ day: 'tuesday', closed: false, opens: '08:00' }, 1, openingHours)).toBe('Tuesday')
  })

  it('shows the picked day of a date (stored as noon UTC), a range, and the note', () => {
    expect(rowLabelText({ from: '2026-11-26T12:00:00.000Z', closed: true, note: 'Thanksgiving' }, 0, specialHours)).toBe('Nov 26, 2026 · Closed · Thanksgiving')
    expect(
      rowLabelText({ from: '2026-12-24T12:00:00.000Z', through: '2026-12-26T12:00:00.000Z', closed: false, opens: '09:00', closes: '13:00' }, 1, specialHours),
    ).toBe('Dec 24, 2026 – Dec 26, 2026 · 09:00–13:00')
  })

  it('shows a range ending on its first day as that day alone', () => {
    expect(rowLabelText({ from: '2026-11-26T12:00:00.000Z', through: '2026-11-26T12:00:00.000Z', closed: true }, 0, specialHours)).toBe('Nov 26, 2026 · Closed')
  })

  it('falls back to the word and the row number, as Payload numbers rows', () => {
    expect(rowLabelText({}, 2, openingHours)).toBe('Day 03')
    expect(rowLabelText(undefined, undefined, specialHours)).toBe('Date 01')
    expect(rowLabelText({ from: 'not a date', note: '  ' }, 9, specialHours)).toBe('Date 10')
  })

  it('shows the title of a related document, "…" while it loads, and its id when it cannot be read', () => {
    const titles = (relationTo: string, id: number | string) => (relationTo === 'therapies' && id === 7 ? 'Dry needling' : id === 8 ? undefined : null)
    expect(rowLabelText({ therapy: 7 }, 0, whenToChoose, titles)).toBe('Dry needling')
    expect(rowLabelText({ therapy: { id: 7, name: 'stale' } }, 0, whenToChoose, titles)).toBe('Dry needling')
    expect(rowLabelText({ therapy: 8 }, 0, whenToChoose, titles)).toBe('…')
    expect(rowLabelText({ therapy: 9 }, 0, whenToChoose, titles)).toBe('#9')
    expect(rowLabelText({ therapy: null }, 1, whenToChoose, titles)).toBe('Therapy 02')
  })

  it('keeps a long text to one line', () => {
    const label = rowLabelText({ question: `Is ${'very '.repeat(30)}sore?` }, 0, { parts: [{ field: 'question' }], fallback: 'Question' })
    expect(label).toHaveLength(ROW_LABEL_MAX_LENGTH)
    expect(label.endsWith('…')).toBe(true)
    expect(rowLabelText({ question: 'Does it\n  hurt?' }, 0, { parts: [{ field: 'question' }], fallback: 'Question' })).toBe('Does it hurt?')
  })
})
