import { describe, expect, it } from 'vitest'
import { findStates } from './usStateNames'

const codes = (text: string) => findStates(text).map((state) => state.code)

describe('findStates', () => {
  it('finds states by full name and by capital code, in order', () => {
    expect(codes('Oregon or California')).toEqual(['OR', 'CA'])
    expect(codes('OR, CA and HI')).toEqual(['OR', 'CA', 'HI'])
    expect(codes('new york and north carolina')).toEqual(['NY', 'NC'])
  })

  it('does not read the words "or", "in" and "me" as Oregon, Indiana and Maine', () => {
    expect(codes('in one state or another, call me')).toEqual([])
  })

  it('tells West Virginia from Virginia and Washington, D.C. from Washington', () => {
    expect(codes('West Virginia, Virginia, Washington, D.C. and Washington')).toEqual(['WV', 'VA', 'DC', 'WA'])
  })
})
