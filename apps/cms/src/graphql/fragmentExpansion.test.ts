import { parse } from 'graphql'
import { describe, expect, it } from 'vitest'
import { expandFragments } from './fragmentExpansion'

describe('expandFragments', () => {
  it('counts every field, with fragments counted wherever they are spread', () => {
    expect(expandFragments(parse('{ a { b c } d }'))).toEqual({ fields: 4 })
    const query = '{ a { ...F } b { ...F ... on B { e } } } fragment F on A { c d }'
    expect(expandFragments(parse(query))).toEqual({ fields: 2 + 2 + 2 + 1 })
  })

  it('adds up every operation of the document', () => {
    expect(expandFragments(parse('query One { ...F } query Two { ...F } fragment F on Query { a b c }'))).toEqual({ fields: 6 })
  })

  it('counts fragments that multiply in time proportional to the document', () => {
    let query = '{ ...F0 }\n'
    for (let level = 0; level < 60; level++) query += `fragment F${level} on Query { ...F${level + 1} ...F${level + 1} }\n`
    query += 'fragment F60 on Query { a }'
    expect(expandFragments(parse(query))).toEqual({ fields: 2 ** 60 })
  })

  it('names a fragment that spreads itself, directly or through others', () => {
    expect(expandFragments(parse('{ ...A } fragment A on Query { a { ...A } }'))).toEqual({ cycle: 'A' })
    expect(expandFragments(parse('{ ...A } fragment A on Query { ...B } fragment B on Query { x { ...A } }'))).toEqual({ cycle: 'A' })
  })

  it('leaves unknown fragments to graphql’s validation', () => {
    expect(expandFragments(parse('{ a ...Missing }'))).toEqual({ fields: 1 })
  })
})
