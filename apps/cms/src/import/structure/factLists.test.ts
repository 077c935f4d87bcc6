import { describe, expect, it } from 'vitest'
import { findContraindications, findSideEffects, seriesItems } from './factLists'

const therapyNames = ['Dry needling', 'Massage therapy', 'Massage']
const contraindications = (sentence: string) => findContraindications(sentence, therapyNames).map((found) => found.value)
const sideEffects = (sentence: string) => findSideEffects(sentence, therapyNames).map((found) => found.value)

describe('seriesItems', () => {
  it('splits a series at commas, semicolons, "and" and "or", and drops durations and trailing reasons', () => {
    expect(seriesItems(' soreness for a day or two, mild bruising, and, rarely, infection.')).toEqual(['Soreness', 'Mild bruising', 'Infection'])
    expect(seriesItems(': recent surgery; pregnancy; fever unless your doctor agrees')).toEqual(['Recent surgery', 'Pregnancy', 'Fever'])
  })
})

describe('findContraindications', () => {
  it.each([
    [
      'Dry needling is not advised for people in their first trimester of pregnancy, those with bleeding disorders, anyone in active cancer treatment, or where there is an infection at the site.',
      ['First trimester of pregnancy', 'Bleeding disorders', 'Active cancer treatment', 'Infection at the site'],
    ],
    ['It is contraindicated in first-trimester pregnancy and local infection.', ['First-trimester pregnancy', 'Local infection']],
    ['Contraindications include bleeding disorders, active cancer treatment or infection.', ['Bleeding disorders', 'Active cancer treatment', 'Infection']],
    ['You should avoid dry needling if you are in your first trimester, have a bleeding disorder or an active infection.', ['First trimester', 'Bleeding disorder', 'Active infection']],
    ["Massage isn't recommended for: recent fractures; blood clots; open wounds", ['Recent fractures', 'Blood clots', 'Open wounds']],
    ['People with bleeding disorders or a skin infection should avoid dry needling.', ['Bleeding disorders', 'Skin infection']],
  ])('reads %s', (sentence, items) => expect(contraindications(sentence)).toEqual([items]))

  it('reads none in sentences without a warning', () => {
    expect(contraindications('Dry needling is recommended for neck pain and sciatica.')).toEqual([])
    expect(contraindications('Massage is not recommended for everyone.')).toEqual([])
  })
})

describe('findSideEffects', () => {
  it.each([
    ['Common side effects include soreness for a day or two, mild bruising, and, rarely, infection.', ['Soreness', 'Mild bruising', 'Infection']],
    ['Side effects of dry needling are soreness and tiredness.', ['Soreness', 'Tiredness']],
    ['You may feel sore afterwards, a little tired, or lightheaded.', ['Sore', 'Tired', 'Lightheaded']],
    ['Soreness and bruising are common side effects.', ['Soreness', 'Bruising']],
    ['Side effects are usually mild: soreness for a day or two, small bruises and some tiredness.', ['Soreness', 'Small bruises', 'Tiredness']],
  ])('reads %s', (sentence, items) => expect(sideEffects(sentence)).toEqual([items]))

  it('reads no side effect in "you may feel" sentences about feeling better', () => {
    expect(sideEffects('You may feel better after one session and more relaxed.')).toEqual([])
  })
})
