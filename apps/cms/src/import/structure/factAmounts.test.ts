import { describe, expect, it } from 'vitest'
import { findCosts, findSessionLengths } from './factAmounts'

const costs = (sentence: string, options?: { anyAmount?: boolean }) => findCosts(sentence, options).map((found) => found.value)
const lengths = (sentence: string, options?: { anyMention?: boolean }) => findSessionLengths(sentence, options).map((found) => found.value)

describe('findCosts', () => {
  it.each([
    ['A session costs $45-$120.', { minCents: 4500, maxCents: 12000 }],
    ['Expect $60–$140 per session.', { minCents: 6000, maxCents: 14000 }],
    ['Prices run between $50 and $150.', { minCents: 5000, maxCents: 15000 }],
    ['It is $1,200 to $1,500 for a package.', { minCents: 120000, maxCents: 150000 }],
    ['Visits are $85 per session.', { minCents: 8500, maxCents: 8500 }],
    ['Sessions are $72.50 each time, or $65.25-$80.', { minCents: 6525, maxCents: 8000 }],
  ])('reads %s', (sentence, value) => expect(costs(sentence)).toEqual([value]))

  it('finds each price of a sentence with two, where they start', () => {
    const found = findCosts('Dry needling costs $50-$150 and acupuncture $70-$150.')
    expect(found).toEqual([
      { value: { minCents: 5000, maxCents: 15000 }, index: 19 },
      { value: { minCents: 7000, maxCents: 15000 }, index: 44 },
    ])
  })

  it('does not read two prices joined by "and" as a range, nor a lone amount without "per session"', () => {
    expect(costs('Massage is $50 and needling $70.')).toEqual([])
    expect(costs('We spent $30 on new towels.')).toEqual([])
    expect(costs('Sessions cost $85.', { anyAmount: true })).toEqual([{ minCents: 8500, maxCents: 8500 }])
  })

  it('ignores copays, deductibles and discounts', () => {
    expect(costs('Your copay is usually $20-$40.')).toEqual([])
    expect(costs('Take $20 off your first session of $80 per session.')).toEqual([])
  })
})

describe('findSessionLengths', () => {
  it.each([
    ['A session lasts 20 to 40 minutes.', { minMinutes: 20, maxMinutes: 40 }],
    ['Treatments take 15–30 min.', { minMinutes: 15, maxMinutes: 30 }],
    ['Book a 30-minute session.', { minMinutes: 30, maxMinutes: 30 }],
    ['Most appointments last about an hour.', { minMinutes: 60, maxMinutes: 60 }],
    ['Sessions usually take around 45 minutes.', { minMinutes: 45, maxMinutes: 45 }],
    ['Each visit runs between 30 and 50 minutes.', { minMinutes: 30, maxMinutes: 50 }],
  ])('reads %s', (sentence, value) => expect(lengths(sentence)).toEqual([value]))

  it('needs a sentence about sessions, and not about needles left in, waiting or soreness', () => {
    expect(lengths('Stretch for 10 to 15 minutes a day.')).toEqual([])
    expect(lengths('During a session the needles stay in for 10 to 15 minutes.')).toEqual([])
    expect(lengths('After a session, soreness may last 20 to 40 minutes.')).toEqual([])
    expect(lengths('15–30 min', { anyMention: true })).toEqual([{ minMinutes: 15, maxMinutes: 30 }])
  })
})
