import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import { MAX_QUERY_COST, queryCostRule } from './queryCost'

// Payload's shapes: a list query takes limit/page/pagination and returns its page in `docs`.
const schema = buildSchema(`
  type Query { Articles(limit: Int, page: Int, pagination: Boolean): Articles, countArticles: Count }
  type Count { totalDocs: Int }
  type Articles { docs: [Article!]!, totalDocs: Int }
  type Article { id: Int!, title: String, tags: [String!], brands: [Brand!], blocks: [Block!] }
  type Brand { id: Int!, name: String, logo: Media }
  type Media { id: Int!, brands: [Brand!] }
  union Block = Quote | Image
  type Quote { text: String }
  type Image { media: Media }
`)

const errors = (query: string, variables: Record<string, unknown> = {}) =>
  validate(schema, parse(query), [queryCostRule(variables)]).map((error) => error.message)
/** The refusal of a query that could return `cost` values. */
const refusal = (cost: number) => expect.stringContaining(`could return up to ${cost.toLocaleString('en-US')} values`)

describe('queryCostRule', () => {
  it('counts a page at its limit, and refuses only above the budget', () => {
    // 1 + limit × (1 + 2 fields) + totalDocs
    expect(errors('{ Articles(limit: 1666) { docs { id title } totalDocs } }')).toEqual([])
    expect(errors('{ Articles(limit: 1667) { docs { id title } totalDocs } }')).toEqual([
      `The query could return up to 5,003 values (a list counts at its limit: 10 without one, 10 for relationships and arrays); the GraphQL API allows ${MAX_QUERY_COST.toLocaleString('en-US')} per operation. Ask for fewer documents (limit) or fewer fields, or split the query.`,
    ])
  })

  it('counts Payload’s page of 10 without a limit, and 10 for lists that take none', () => {
    // 1 + 10 × (1 + 10 brands × (1 + logo (1 + 10 brands × (1 + id)))) = 2,211, three times.
    const page = 'Articles { docs { brands { logo { brands { id } } } } }'
    expect(errors(`{ a: ${page} b: ${page} c: ${page} }`)).toEqual([refusal(6_633)])
    // Lists of scalars too: 1 + 1000 × (1 + 10 tags) = 11,001.
    expect(errors('{ Articles(limit: 1000) { docs { tags } } }')).toEqual([refusal(11_001)])
  })

  it('reads limits from variables, and from their defaults when a variable is not sent', () => {
    const query = 'query Page($limit: Int) { Articles(limit: $limit) { docs { id } } }'
    expect(errors(query, { limit: 3000 })).toEqual([refusal(6_001)])
    expect(errors(query, { limit: 100 })).toEqual([])
    expect(errors(query)).toEqual([])
    expect(errors('query Page($limit: Int = 3000) { Articles(limit: $limit) { docs { id } } }')).toEqual([refusal(6_001)])
  })

  it('refuses lists without a limit, once, instead of counting them', () => {
    const unbounded = 'Articles asks for every document (pagination: false, or a limit below 1); the GraphQL API answers in pages: set limit (e.g. 100) and page.'
    expect(errors('{ Articles(pagination: false) { docs { id } } }')).toEqual([unbounded])
    expect(errors('{ Articles(limit: 0) { docs { id } } }')).toEqual([unbounded])
    expect(errors('{ Articles(limit: -1) { docs { id } } }')).toEqual([unbounded])
    expect(errors('query All($all: Boolean) { Articles(pagination: $all) { docs { id } } }', { all: false })).toEqual([unbounded])
    expect(errors('{ Articles(limit: 10, pagination: true) { docs { id } } }')).toEqual([])
  })

  it('counts fragments, named and inline, and every member of a union', () => {
    // blocks: 10 × (1 + Quote's text + Image's media (1 + 10 brands × (1 + id))) = 230 per article.
    const query = `{ Articles(limit: 100) { ...Page } } fragment Page on Articles { docs { blocks { ... on Quote { text } ... on Image { media { brands { id } } } } } }`
    expect(errors(query)).toEqual([refusal(1 + 100 * (1 + 230))])
  })

  it('counts fragments that multiply without walking every copy, and stops at cycles', () => {
    let query = '{ ...F0 }\n'
    for (let level = 0; level < 40; level++) query += `fragment F${level} on Query { a${level}: countArticles { totalDocs } ...F${level + 1} ...F${level + 1} }\n`
    query += 'fragment F40 on Query { countArticles { totalDocs } }'
    // F40 costs 2, every level 2 more than twice the next: 2^42 - 2.
    expect(errors(query)).toEqual([refusal(2 ** 42 - 2)])
    expect(errors('{ ...A } fragment A on Query { ...B countArticles { totalDocs } } fragment B on Query { ...A }')).toEqual([])
  })

  it('counts introspection lists at their real length in the schema', () => {
    // Thousands of types, as in Payload's schema; a guessed length of 10 would let this through.
    const fields = Array.from({ length: 3000 }, (_, index) => `t${index}: T${index}`).join(' ')
    const types = Array.from({ length: 3000 }, (_, index) => `type T${index} { id: Int }`).join('\n')
    const large = buildSchema(`type Query { ${fields} }\n${types}`)
    const check = (query: string) => validate(large, parse(query), [queryCostRule({})]).map((error) => error.message)
    expect(check('{ __schema { types { name } } }')).toEqual([expect.stringMatching(/could return up to 6,0\d\d values/)])
    expect(check('{ __type(name: "T1") { name kind } }')).toEqual([])
  })
})
