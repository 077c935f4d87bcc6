import { describe, expect, it } from 'vitest'
import { findStatesNotOffered } from './factStates'

const states = (sentence: string) => findStatesNotOffered(sentence).map((found) => found.value)

describe('findStatesNotOffered', () => {
  it.each([
    ['Dry needling is not offered in Oregon or California.', ['OR', 'CA']],
    ["It isn't available in OR, CA and HI.", ['OR', 'CA', 'HI']],
    ['Dry needling is not permitted in New York.', ['NY']],
    ['We do not currently offer it at our Hawaii or Oregon clinics.', ['HI', 'OR']],
    ['In California, dry needling is not allowed for physical therapists.', ['CA']],
  ])('reads %s', (sentence, codes) => expect(states(sentence)).toEqual([codes]))

  it('takes only the states of the notice, not those of a contrasting clause', () => {
    expect(states('Dry needling is not offered in Oregon, but our Washington and Idaho clinics offer it.')).toEqual([['OR']])
  })

  it('reads no notice in sentences that say where a therapy is offered', () => {
    expect(states('Dry needling is offered in Arizona and Texas.')).toEqual([])
    expect(states('Our clinics in Oregon are not open on Sundays.')).toEqual([])
  })
})
