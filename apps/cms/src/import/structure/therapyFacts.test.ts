import type { ImportBlockNode } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import { KnownNames } from './knownNames'
import { bold, h, p, ul, therapies } from './testNodes'
import { factTexts, findTherapyFacts } from './therapyFacts'

const names = new KnownNames(therapies)
const facts = (body: ImportBlockNode[], title = 'A post') => findTherapyFacts(factTexts(body, names), names, names.mentioned(title))

describe('findTherapyFacts', () => {
  it('proposes each kind of fact for the therapy its sentence names, quoting the sentence', () => {
    const body = [
      p('Dry needling is not offered in Oregon or California. Massage costs $60–$140 per session.'),
      p('An acupuncture session lasts 20 to 40 minutes.'),
      p('Dry needling is not advised for first-trimester pregnancy or bleeding disorders.'),
      p('Side effects of massage include soreness and tiredness.'),
    ]
    expect(facts(body)).toEqual({
      facts: [
        { therapy: 'Dry needling', field: 'notOfferedInStates', value: ['OR', 'CA'], quote: 'Dry needling is not offered in Oregon or California.' },
        { therapy: 'Massage therapy', field: 'cost', value: { minCents: 6000, maxCents: 14000 }, quote: 'Massage costs $60–$140 per session.' },
        { therapy: 'Acupuncture', field: 'sessionLength', value: { minMinutes: 20, maxMinutes: 40 }, quote: 'An acupuncture session lasts 20 to 40 minutes.' },
        {
          therapy: 'Dry needling',
          field: 'contraindications',
          value: ['First-trimester pregnancy', 'Bleeding disorders'],
          quote: 'Dry needling is not advised for first-trimester pregnancy or bleeding disorders.',
        },
        { therapy: 'Massage therapy', field: 'sideEffects', value: ['Soreness', 'Tiredness'], quote: 'Side effects of massage include soreness and tiredness.' },
      ],
      warnings: [],
    })
  })

  it('gives each price of a sentence naming two therapies to the one named just before it', () => {
    const found = facts([p('Dry needling costs $50-$150, while acupuncture costs $70-$150.')]).facts
    expect(found.map((fact) => [fact.therapy, fact.value])).toEqual([
      ['Dry needling', { minCents: 5000, maxCents: 15000 }],
      ['Acupuncture', { minCents: 7000, maxCents: 15000 }],
    ])
  })

  it('gives a sentence naming no therapy to the previous sentence\'s therapy, else its section\'s, else the title\'s', () => {
    const body = [
      h(2, 'What does dry needling cost?'),
      p('Sessions run $50-$150.'),
      p('Massage is gentler. It is not offered in Hawaii.'),
      h(2, 'Our approach'),
      p(bold('Is acupuncture safe?'), ' Side effects include mild bruising.'),
    ]
    expect(facts(body).facts.map((fact) => [fact.therapy, fact.field])).toEqual([
      ['Dry needling', 'cost'],
      ['Massage therapy', 'notOfferedInStates'],
      ['Acupuncture', 'sideEffects'],
    ])
    expect(facts([p('Sessions run $50-$150.')], 'Dry needling: what to expect').facts).toEqual([
      { therapy: 'Dry needling', field: 'cost', value: { minCents: 5000, maxCents: 15000 }, quote: 'Sessions run $50-$150.' },
    ])
  })

  it('skips a fact whose sentence names no therapy in a post about several, with a warning quoting it', () => {
    const result = facts([h(2, 'What to expect'), p('Sessions cost $45-$120.')], 'Dry needling vs. massage')
    expect(result.facts).toEqual([])
    expect(result.warnings).toEqual(['"Sessions cost $45-$120." gives a cost but names no therapy, and its section and the post are not about a single one; it was not proposed.'])
  })

  it('reads a sentence ending in ":" with the list after it, and proposes the same fact once', () => {
    const body = [
      p('Dry needling is not recommended for:'),
      ul('Bleeding disorders', 'Active cancer treatment'),
      p('Dry needling is not offered in Oregon.'),
      p('Again: dry needling is not offered in Oregon.'),
    ]
    expect(facts(body).facts.map((fact) => [fact.field, fact.value])).toEqual([
      ['contraindications', ['Bleeding disorders', 'Active cancer treatment']],
      ['notOfferedInStates', ['OR']],
    ])
  })

  it('reads a section asking who should avoid a therapy, or about side effects, as naming them without a trigger phrase', () => {
    const body = [
      h(3, 'Who should avoid dry needling?'),
      p('Tell your clinician if you are in the first trimester of pregnancy, have a bleeding disorder, or have an infection near the area.'),
      h(2, 'Massage side effects'),
      ul('Soreness the next day', 'Light bruising', 'Feeling relaxed'),
    ]
    expect(facts(body).facts.map((fact) => [fact.therapy, fact.field, fact.value])).toEqual([
      ['Dry needling', 'contraindications', ['First trimester of pregnancy', 'Bleeding disorder', 'Infection near the area']],
      ['Massage therapy', 'sideEffects', ['Soreness the next day']],
      ['Massage therapy', 'sideEffects', ['Light bruising']],
    ])
  })

  it('reads no health topic into an ordinary section', () => {
    expect(facts([h(2, 'Who is dry needling for?'), p('It helps if you have a stubborn knot, tight calves or neck pain.')]).facts).toEqual([])
  })
})
