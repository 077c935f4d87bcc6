import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import { MAX_ALIASES, aliasLimitRule } from './aliasLimit'

const schema = buildSchema(`
  type Query { count: Count, articles(limit: Int): Articles }
  type Count { totalDocs: Int }
  type Articles { docs: [Article!]! }
  type Article { id: Int!, title: String }
`)

const errors = (query: string) => validate(schema, parse(query), [aliasLimitRule]).map((error) => error.message)
const aliased = (count: number, field: string) => Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')

describe('aliasLimitRule', () => {
  it(`allows ${MAX_ALIASES} aliases and refuses one more, naming both numbers`, () => {
    expect(errors(`{ ${aliased(MAX_ALIASES, 'count { totalDocs }')} }`)).toEqual([])
    expect(errors(`{ ${aliased(MAX_ALIASES + 1, 'count { totalDocs }')} }`)).toEqual([
      `The query uses ${MAX_ALIASES + 1} aliases or repeated fields; the GraphQL API allows ${MAX_ALIASES} per operation. Split it into several requests.`,
    ])
  })

  it('counts repeated fields, nested ones too, but not an alias equal to the field name', () => {
    expect(errors(`{ ${'count { totalDocs } '.repeat(MAX_ALIASES + 2)} }`)).toEqual([expect.stringContaining(`uses ${MAX_ALIASES + 1} aliases`)])
    expect(errors(`{ articles { docs { ${'id '.repeat(MAX_ALIASES + 2)} } } }`)).toEqual([expect.stringContaining(`uses ${MAX_ALIASES + 1} aliases`)])
    expect(errors(`{ articles { docs { ${Array.from({ length: 40 }, () => 'title: title').join(' ')} } } }`)).toEqual([expect.stringContaining('uses 39 aliases')])
    expect(errors(`{ articles { docs { ${'title: title '.repeat(1)} id } } }`)).toEqual([])
  })

  it('counts the aliases of a fragment, named or inline, each time it is used', () => {
    // x and y, 8 in the inline fragment, and Titles' 6 twice.
    const query = `{ x: articles { ...Titles } y: articles { ...Titles ... on Articles { docs { ${aliased(8, 'title')} } } } }
      fragment Titles on Articles { docs { ${aliased(6, 'id')} } }`
    expect(errors(query)).toEqual([expect.stringContaining('uses 22 aliases')])
  })

  it('counts each operation on its own', () => {
    const query = `query One { ${aliased(15, 'count { totalDocs }')} } query Two { ${aliased(15, 'count { totalDocs }')} }`
    expect(errors(query)).toEqual([])
  })

  it('counts fragments that multiply without walking every copy, and stops at cycles', () => {
    let query = '{ ...F0 }\n'
    for (let level = 0; level < 40; level++) query += `fragment F${level} on Query { a${level}: count { totalDocs } ...F${level + 1} ...F${level + 1} }\n`
    query += 'fragment F40 on Query { last: count { totalDocs } }'
    // F40 has 1 alias; every level one more and twice the next: 2^41 - 1.
    expect(errors(query)).toEqual([expect.stringContaining(`uses ${(2 ** 41 - 1).toLocaleString('en-US')} aliases`)])
    expect(errors('{ ...A } fragment A on Query { ...B a: count { totalDocs } } fragment B on Query { ...A }')).toEqual([])
  })
})
