import { describe, expect, it } from 'vitest'
import { findComparisonSections } from './comparisonSections'
import { KnownNames } from './knownNames'
import { conditions, h, p, therapies, ul } from './testNodes'

const therapyNames = new KnownNames(therapies)
const conditionNames = new KnownNames(conditions.map((name) => ({ name, aliases: [] })))
const compared = ['Dry needling', 'Massage therapy']

describe('findComparisonSections', () => {
  it('takes "when to choose" sections per therapy, in column order, as plain text', () => {
    const body = [
      h(2, 'When massage is the better choice'),
      p('For general tension and stress.'),
      ul('Relaxation', 'Circulation'),
      h(2, 'When to choose dry needling'),
      p('For one stubborn knot.'),
    ]
    expect(findComparisonSections(body, compared, therapyNames, conditionNames).whenToChoose).toEqual([
      { therapy: 'Dry needling', text: 'For one stubborn knot.' },
      { therapy: 'Massage therapy', text: 'For general tension and stress.\n\n- Relaxation\n- Circulation' },
    ])
  })

  it('takes the combination section and sections about a known condition', () => {
    const body = [
      h(2, 'Can they be combined?'),
      p('Yes: massage first, then needling.'),
      p('Request an appointment'),
      h(2, 'Using them together'),
      p('Many patients book both in one visit.'),
      h(2, 'Dry needling vs. massage for plantar fasciitis'),
      p('Needling reaches the small muscles of the foot.'),
      h(3, 'What the research says'),
      p('Small studies favour needling.'),
      h(2, 'Back pain'),
      p('Both help; massage covers a wider area.'),
    ]
    const sections = findComparisonSections(body, compared, therapyNames, conditionNames)
    expect(sections.combination).toBe('Yes: massage first, then needling.\n\nMany patients book both in one visit.')
    expect(sections.conditionGuidance).toEqual([
      { condition: 'Plantar fasciitis', guidance: 'Needling reaches the small muscles of the foot.\n\nWhat the research says\n\nSmall studies favour needling.' },
      { condition: 'Back pain', guidance: 'Both help; massage covers a wider area.' },
    ])
  })

  it('ignores headings about avoiding a therapy, about a therapy not compared, and ordinary questions', () => {
    const body = [
      h(2, 'Who should avoid dry needling?'),
      p('People with bleeding disorders.'),
      h(2, 'When to choose acupuncture'),
      p('For stress and sleep.'),
      h(2, 'What is dry needling?'),
      p('Thin needles into trigger points.'),
    ]
    expect(findComparisonSections(body, compared, therapyNames, conditionNames)).toEqual({ whenToChoose: [], combination: null, conditionGuidance: [] })
  })

  it('reads "X over Y" as a section about choosing X', () => {
    const body = [h(2, 'When to pick massage over dry needling'), p('When needles worry you.')]
    expect(findComparisonSections(body, compared, therapyNames, conditionNames).whenToChoose).toEqual([{ therapy: 'Massage therapy', text: 'When needles worry you.' }])
  })
})

describe('findComparisonSections with nested sections', () => {
  it('ends a "when to choose" section at a condition section nested in it', () => {
    const body = [h(2, 'When to choose massage'), p('For stress.'), h(3, 'Sciatica'), p('Needling reaches the deep hip muscles.')]
    const sections = findComparisonSections(body, compared, therapyNames, conditionNames)
    expect(sections.whenToChoose).toEqual([{ therapy: 'Massage therapy', text: 'For stress.' }])
    expect(sections.conditionGuidance).toEqual([{ condition: 'Sciatica', guidance: 'Needling reaches the deep hip muscles.' }])
  })
})
