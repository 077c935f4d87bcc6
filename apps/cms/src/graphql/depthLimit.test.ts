import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import { MAX_DEPTH, depthLimitRule } from './depthLimit'

const schema = buildSchema(`
  type Query { node: Node }
  type Node { id: Int!, next: Node, children: [Node!] }
`)

const errors = (query: string) => validate(schema, parse(query), [depthLimitRule]).map((error) => error.message)
/** `{ node { next { next … { id } } } }`, `depth` fields deep. */
const nested = (depth: number) => `{ node { ${'next { '.repeat(depth - 2)}id${' }'.repeat(depth - 2)} } }`

describe('depthLimitRule', () => {
  it(`allows fields ${MAX_DEPTH} deep and refuses one more, naming both numbers`, () => {
    expect(errors(nested(MAX_DEPTH))).toEqual([])
    expect(errors(nested(MAX_DEPTH + 1))).toEqual([
      `The query nests fields ${MAX_DEPTH + 1} deep; the GraphQL API allows ${MAX_DEPTH}. Ask for less nested data, or fetch related documents in a separate query.`,
    ])
  })

  it('adds the depth of fragments, named and inline, where they are used', () => {
    const query = `{ node { next { ...Deep } } }
      fragment Deep on Node { next { ... on Node { next { ...Deeper } } } }
      fragment Deeper on Node { next { next { next { next { next { next { id } } } } } } }`
    expect(errors(query)).toEqual([expect.stringContaining('nests fields 11 deep')])
  })

  it('takes the deepest branch, not the sum', () => {
    expect(errors(`{ node { ${Array.from({ length: 30 }, (_, index) => `n${index}: next { id }`).join(' ')} } }`)).toEqual([])
  })

  it('walks fragments that multiply once each, and stops at cycles', () => {
    let query = '{ node { ...F0 } }\n'
    for (let level = 0; level < 40; level++) query += `fragment F${level} on Node { a: children { ...F${level + 1} } b: children { ...F${level + 1} } }\n`
    query += 'fragment F40 on Node { id }'
    expect(errors(query)).toEqual([expect.stringContaining('nests fields 42 deep')])
    expect(errors('{ node { ...A } } fragment A on Node { next { ...A } }')).toEqual([])
  })
})
