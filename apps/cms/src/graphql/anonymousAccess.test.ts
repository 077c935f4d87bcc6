import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import { anonymousAccessRule, isAnonymous } from './anonymousAccess'

const schema = buildSchema(`
  type Query { Articles: Articles, meUser: Me, initializedUser: Boolean }
  type Mutation { loginUser(email: String!, password: String!): Login, forgotPasswordUser(email: String!): Boolean, createArticle(title: String): Article, logoutUser: String }
  type Articles { docs: [Article!]! }
  type Article { id: Int! }
  type Me { user: User }
  type Login { token: String, user: User }
  type User { id: Int!, email: String }
`)

const refusals = (query: string) => validate(schema, parse(query), [anonymousAccessRule])

describe('isAnonymous', () => {
  it('is true unless Payload’s request in the context has a user', () => {
    expect(isAnonymous({ contextValue: { req: { user: { id: 1, collection: 'users' } } } })).toBe(false)
    expect(isAnonymous({ contextValue: { req: { user: null } } })).toBe(true)
    expect(isAnonymous({ contextValue: { req: {} } })).toBe(true)
    expect(isAnonymous({ contextValue: { req: 'not a request' } })).toBe(true)
    expect(isAnonymous({ contextValue: {} })).toBe(true)
    expect(isAnonymous({ contextValue: undefined })).toBe(true)
  })
})

describe('anonymousAccessRule', () => {
  it('answers logging in and asking who is logged in', () => {
    expect(refusals('{ meUser { user { id } } initializedUser __typename }')).toEqual([])
    expect(refusals('mutation { loginUser(email: "editor@brand.example", password: "secret") { token user { email } } }')).toEqual([])
    expect(refusals('mutation { forgotPasswordUser(email: "editor@brand.example") }')).toEqual([])
  })

  it('refuses everything else, introspection included, with 403', () => {
    for (const query of [
      '{ Articles { docs { id } } }',
      '{ meUser { user { id } } Articles { docs { id } } }',
      '{ __schema { queryType { name } } }',
      '{ __type(name: "Article") { name } }',
      'mutation { createArticle(title: "Anonymous") { id } }',
      'mutation { logoutUser }',
    ]) {
      const errors = refusals(query)
      expect(errors, query).toHaveLength(1)
      expect(errors[0]?.message).toMatch(/^Log in to query the CMS API\. Without a login it answers only loginUser/)
      expect(errors[0]?.extensions).toEqual({ name: 'Forbidden', statusCode: 403 })
    }
  })

  it('looks into fragments at the root, and stops at cycles', () => {
    expect(refusals('{ ...Everything } fragment Everything on Query { Articles { docs { id } } }')).toHaveLength(1)
    expect(refusals('{ meUser { user { id } } ... on Query { Articles { docs { id } } } }')).toHaveLength(1)
    expect(refusals('{ ...A } fragment A on Query { ...A meUser { user { id } } }')).toEqual([])
  })
})
