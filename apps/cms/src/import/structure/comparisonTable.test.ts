import { describe, expect, it } from 'vitest'
import { readComparisonTable } from './comparisonTable'
import { KnownNames } from './knownNames'
import { table, therapies } from './testNodes'

const names = new KnownNames(therapies)

describe('readComparisonTable', () => {
  it('reads a header naming two therapies after a corner cell as a comparison, aliases resolved, in column order', () => {
    const reading = readComparisonTable(
      table([
        ['Feature', 'Dry Needling (DN)', 'vs. Massage'],
        ['Tool used', 'Thin solid needles', 'Hands and forearms'],
        ['Sensation:', 'A brief twitch', 'Steady pressure'],
      ]),
      names,
    )
    expect(reading).toEqual({
      kind: 'comparison',
      therapies: ['Dry needling', 'Massage therapy'],
      rows: [
        { label: 'Tool used', values: ['Thin solid needles', 'Hands and forearms'] },
        { label: 'Sensation', values: ['A brief twitch', 'Steady pressure'] },
      ],
      warnings: [],
    })
  })

  it('reads a first row without header cells and an empty corner the same way', () => {
    const reading = readComparisonTable(
      table(
        [
          ['', 'acupuncture', 'DRY NEEDLING'],
          ['Origin', 'Traditional Chinese Medicine', 'Western anatomy'],
        ],
        { headerRow: false },
      ),
      names,
    )
    expect(reading.kind === 'comparison' && reading.therapies).toEqual(['Acupuncture', 'Dry needling'])
  })

  it('fills a row with missing cells with empty values and names the row in a warning', () => {
    const reading = readComparisonTable(
      table([
        ['Feature', 'Dry needling', 'Massage', 'Acupuncture'],
        ['Practitioner', 'Physical therapist'],
      ]),
      names,
    )
    expect(reading.kind === 'comparison' && reading.rows).toEqual([{ label: 'Practitioner', values: ['Physical therapist', '', ''] }])
    expect(reading.warnings).toEqual([`The comparison table's row "Practitioner" has 1 of 3 values; the missing ones were left empty.`])
  })

  it('reads a table on its side (a therapy per row under attribute labels) as a comparison', () => {
    const reading = readComparisonTable(
      table([
        ['Therapy', 'Tool used', 'Primary goal'],
        ['Dry needling', 'Needles', 'Release trigger points'],
        ['Massage', 'Hands', 'Relaxation'],
      ]),
      names,
    )
    expect(reading).toEqual({
      kind: 'comparison',
      therapies: ['Dry needling', 'Massage therapy'],
      rows: [
        { label: 'Tool used', values: ['Needles', 'Hands'] },
        { label: 'Primary goal', values: ['Release trigger points', 'Relaxation'] },
      ],
      warnings: [],
    })
  })

  it('keeps a price list as a table, whichever way it lists the therapies', () => {
    const byRow = table([
      ['Service', 'Price'],
      ['Dry needling', '$85 per session'],
      ['Massage', '$95'],
    ])
    const byColumn = table([
      ['Session', 'Dry needling', 'Massage'],
      ['30 minutes', '$60', '$70'],
      ['60 minutes', '$100–$120', '$110'],
    ])
    expect(readComparisonTable(byRow, names)).toEqual({ kind: 'table', warnings: [] })
    expect(readComparisonTable(byColumn, names)).toEqual({ kind: 'table', warnings: [] })
  })

  it('keeps an opening-hours table as a table', () => {
    const hours = table([
      ['Day', 'Dry needling', 'Massage'],
      ['Monday', '8am–4pm', '9am–5pm'],
      ['Saturday', 'Closed', '9:00–12:00'],
    ])
    expect(readComparisonTable(hours, names)).toEqual({ kind: 'table', warnings: [] })
  })

  it('keeps a table about one therapy, or none, as a table', () => {
    expect(readComparisonTable(table([['Feature', 'Dry needling'], ['Tool used', 'Needles']]), names)).toEqual({ kind: 'table', warnings: [] })
    expect(readComparisonTable(table([['Exercise', 'Sets'], ['Calf raise', '3']]), names)).toEqual({ kind: 'table', warnings: [] })
  })

  it('keeps a table with a column that is no therapy, or without row labels, as a table and says why', () => {
    const withNotes = readComparisonTable(table([['Feature', 'Dry needling', 'Massage', 'Notes'], ['Tool', 'Needles', 'Hands', 'See below']]), names)
    expect(withNotes.kind).toBe('table')
    expect(withNotes.warnings[0]).toContain('"Notes"')
    const noLabels = readComparisonTable(table([['Dry needling', 'Massage', 'Acupuncture'], ['Needles', 'Hands', 'Needles']]), names)
    expect(noLabels.kind).toBe('table')
    expect(noLabels.warnings[0]).toContain('no column of row labels')
  })
})
