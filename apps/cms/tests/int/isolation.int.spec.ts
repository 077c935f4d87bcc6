import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../src/access/roles'
import type { Brand } from '../../src/payload-types'
import type { GraphqlResult } from './helpers/graphql'
import { CONTENT_COLLECTIONS, type ContentCollection, TITLE_FIELD, hasDrafts as contentHasDrafts, minimalDocument, slugOf } from './helpers/contentDocuments'
import { type Person, apiKeyAuth, createBrandsAndPeople, everyRole } from './helpers/people'
import { type TestCmsWithApi, startPayloadWithApi } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * The isolation matrix: every role (and the public) × every content collection × every
 * operation (the clinical review's steps included) × a document of the user's brand, of another
 * brand, and shared by both. Each cell
 * is tried through the Local API (overrideAccess: false), and Payload's REST and GraphQL handlers
 * with the user's API key; the database is checked afterwards, so a cell only counts as allowed
 * when the change really happened. The expected outcome comes from POLICY below, written by hand
 * from the role descriptions, not from the access code.
 */

type Who = Role | 'anonymous'
type Op = 'read' | 'create' | 'update' | 'delete' | 'publish' | 'submit' | 'approve'
type Scope = 'own' | 'other' | 'shared'
type Channel = 'local' | 'rest' | 'graphql'
/** The content collections, and providers: brand-scoped like clinics, and practising at a clinic of their brand. */
type Content = ContentCollection | 'providers'

const WHO: Who[] = ['admin', 'brand-admin', 'editor', 'contributor', 'clinical-reviewer', 'anonymous']
// Providers after clinics: a provider's fixture practises at the clinic fixture of its brand.
const COLLECTIONS: Content[] = [...CONTENT_COLLECTIONS, 'providers']
const TITLE: Record<Content, string> = { ...TITLE_FIELD, providers: 'name' }
const hasDrafts = (collection: Content) => collection === 'providers' || contentHasDrafts(collection)
const OPS: Op[] = ['read', 'create', 'update', 'delete', 'publish', 'submit', 'approve']
/** The health pages, which go through clinical review. */
const REVIEWED: Content[] = ['articles', 'therapies', 'conditions', 'comparisons']
const SCOPES: Scope[] = ['own', 'other', 'shared']

const ALL: Scope[] = ['own', 'other', 'shared']
const NONE: Scope[] = []
const OWN_AND_SHARED: Scope[] = ['own', 'shared']

/**
 * Who may do what, by the scope of the document. "update" saves a draft; "publish" saves with
 * `_status: 'published'`; "submit" sends a health page to clinical review (a draft save of
 * `reviewWorkflow.status: 'ready'`); "approve" approves one that waits for review (sent by
 * someone else). Only the clinical reviewer is linked to a provider (of the own brand), and
 * approving needs one: nobody else approves, network admins included.
 */
const POLICY: Record<Who, Record<Op, Scope[]>> = {
  admin: { read: ALL, create: ALL, update: ALL, delete: ALL, publish: ALL, submit: ALL, approve: NONE },
  'brand-admin': { read: OWN_AND_SHARED, create: ['own'], update: ['own'], delete: ['own'], publish: ['own'], submit: ['own'], approve: NONE },
  editor: { read: OWN_AND_SHARED, create: ['own'], update: ['own'], delete: ['own'], publish: ['own'], submit: ['own'], approve: NONE },
  contributor: { read: OWN_AND_SHARED, create: ['own'], update: ['own'], delete: NONE, publish: NONE, submit: ['own'], approve: NONE },
  'clinical-reviewer': { read: OWN_AND_SHARED, create: NONE, update: NONE, delete: NONE, publish: NONE, submit: NONE, approve: ['own'] },
  anonymous: { read: NONE, create: NONE, update: NONE, delete: NONE, publish: NONE, submit: NONE, approve: NONE },
}

/** Where the policy above does not apply as written. */
const NOT_APPLICABLE: { collection: Content; op?: Op; scope?: Scope; why: string }[] = [
  { collection: 'clinics', scope: 'shared', why: 'a clinic belongs to exactly one brand' },
  { collection: 'providers', scope: 'shared', why: 'a provider belongs to exactly one brand' },
  { collection: 'authors', op: 'publish', why: 'authors have no drafts: every save is live' },
]
/** Authors have no drafts, so a contributor, who only writes drafts, only reads them. */
const CONTRIBUTOR_READS_ONLY: Content[] = ['authors']

function expected(who: Who, collection: Content, op: Op, scope: Scope): boolean | 'n/a' {
  if ((op === 'submit' || op === 'approve') && !REVIEWED.includes(collection)) return 'n/a'
  if (NOT_APPLICABLE.some((rule) => rule.collection === collection && (rule.op ?? op) === op && (rule.scope ?? scope) === scope)) return 'n/a'
  if (who === 'contributor' && CONTRIBUTOR_READS_ONLY.includes(collection) && op !== 'read') return false
  return POLICY[who][op].includes(scope)
}

const CHANNELS: Channel[] = ['local', 'rest', 'graphql']
/** The statuses a refusal may carry: 404 when the document is hidden, 400 when the brands field refuses a brand. */
const REFUSALS: Record<Op, number[]> = { read: [403, 404], create: [400, 403], update: [403], delete: [403], publish: [403], submit: [403], approve: [403] }

const GRAPHQL_NAME: Record<Content, string> = {
  articles: 'Article',
  comparisons: 'Comparison',
  faqs: 'Faq',
  therapies: 'Therapy',
  conditions: 'Condition',
  clinics: 'Clinic',
  authors: 'Author',
  providers: 'Provider',
}
/**
 * Payload's GraphQL update input keeps required groups and their required fields non-null even
 * on update, so the mutations repeat them (with the values `minimalDocument` gives).
 */
const GRAPHQL_REQUIRED_GROUPS: Partial<Record<Content, string[]>> = {
  comparisons: ['combination'],
  clinics: ['address', 'booking'],
}
/** Select fields, which GraphQL takes as enum values (written bare), by their path in the data. */
const GRAPHQL_ENUMS: Partial<Record<Content, string[]>> = {
  clinics: ['address.state', 'booking.method'],
  ...Object.fromEntries(REVIEWED.map((collection) => [collection, ['reviewWorkflow.status']])),
}

/**
 * JSON fields whose values a GraphQL literal cannot write (a comparison's grid is keyed by
 * therapy ids, and a literal's keys must be names): they are sent as variables of type JSON.
 */
const GRAPHQL_JSON: Partial<Record<Content, string[]>> = { comparisons: ['grid'] }

/** The variables a mutation sends `data`'s JSON fields in, and their declaration (empty when there are none). */
function graphqlJsonVariables(collection: Content, data: Data): { declaration: string; variables: Data } {
  const names = (GRAPHQL_JSON[collection] ?? []).filter((name) => data[name] !== undefined)
  return { declaration: names.length === 0 ? '' : `(${names.map((name) => `$${name}: JSON`).join(', ')})`, variables: Object.fromEntries(names.map((name) => [name, data[name]])) }
}

/** `value` as a GraphQL input literal; strings at the collection's select paths (and `_status`) become enum values; JSON fields become their variables. */
function graphqlLiteral(collection: Content, value: unknown, path = ''): string {
  if (path !== '' && GRAPHQL_JSON[collection]?.includes(path)) return `$${path}`
  if (Array.isArray(value)) return `[${value.map((item) => graphqlLiteral(collection, item, path)).join(', ')}]`
  if (typeof value === 'object' && value !== null) {
    const fields = Object.entries(value).map(([key, item]) => `${key}: ${graphqlLiteral(collection, item, path === '' ? key : `${path}.${key}`)}`)
    return `{ ${fields.join(', ')} }`
  }
  if (typeof value === 'string' && (path === '_status' || GRAPHQL_ENUMS[collection]?.includes(path))) return value
  return JSON.stringify(value)
}

type Id = number | string
type Data = Record<string, unknown>

interface Outcome {
  /** The API reported success. */
  ok: boolean
  status: number
  /** What the API said when it refused. */
  message?: string
}

describe.skipIf(skipDatabase)('brand isolation matrix', () => {
  let cms: TestCmsWithApi
  let payload: Payload
  let own: Brand
  let other: Brand
  let comparedTherapies: Id[]
  const fixtures = {} as Record<Content, Partial<Record<Scope, Id>>>
  let users: Record<Role, Person>
  const observed = new Map<string, Partial<Record<Channel, boolean>>>()
  let counter = 0
  let restRequest: TestCmsWithApi['restRequest']
  let graphqlAnswer: typeof import('./helpers/graphql').graphqlAnswer

  const brandIds = (scope: Scope): Id[] => (scope === 'own' ? [own.id] : scope === 'other' ? [other.id] : [own.id, other.id])

  const minimal = (collection: Content, title: string, scope: Scope): Data => {
    if (collection !== 'providers') return minimalDocument(collection, title, brandIds(scope), comparedTherapies)
    const clinic = fixtures.clinics[scope]
    if (clinic === undefined) throw new Error(`no ${scope} clinic for a ${scope} provider`)
    return { name: title, brand: brandIds(scope)[0], jobTitle: 'Physical therapist', clinics: [clinic] }
  }

  // The collection is a union here, which Payload's per-collection data types cannot follow.
  const createAsAdmin = async (collection: Content, data: Data): Promise<Id> =>
    (await payload.create({ collection, data: data as never, overrideAccess: true, depth: 0 })).id

  const nextTitle = (label: string) => `Iso ${label} ${++counter}`

  beforeAll(async () => {
    // Refused requests are not logged; the matrix printed at the end reports them instead.
    cms = await startPayloadWithApi()
    ;({ payload, restRequest } = cms)
    // Loaded once the environment is set: it imports the config. Answers with variables (the JSON fields).
    ;({ graphqlAnswer } = await import('./helpers/graphql'))
    ;({ brands: { own, other }, people: users } = await createBrandsAndPeople(payload, {
      domain: 'isolation.example',
      brands: { own: 'Own Brand', other: 'Other Brand' },
      people: everyRole('own'),
    }))

    comparedTherapies = [
      // Published: a comparison is published only with therapies its brands' sites show.
      await createAsAdmin('therapies', { ...minimal('therapies', 'Compared hands', 'shared'), _status: 'published' }),
      await createAsAdmin('therapies', { ...minimal('therapies', 'Compared needles', 'shared'), _status: 'published' }),
    ]
    for (const collection of COLLECTIONS) {
      fixtures[collection] = {}
      for (const scope of SCOPES) {
        if (expected('admin', collection, 'read', scope) === 'n/a') continue // no shared clinic
        const data = { ...minimal(collection, `Fixture ${collection} ${scope}`, scope), ...(hasDrafts(collection) ? { _status: 'published' } : {}) }
        fixtures[collection][scope] = await createAsAdmin(collection, data)
      }
    }
    // The clinical reviewer is the provider of the own brand: approving needs one.
    const reviewer = users['clinical-reviewer']
    const linked = await payload.update({ collection: 'users', id: reviewer.id, data: { provider: fixtures.providers.own } as never, overrideAccess: true, depth: 0 })
    users['clinical-reviewer'] = { ...linked, collection: 'users', apiKey: reviewer.apiKey }
  })

  afterAll(async () => {
    printMatrix()
    await cms?.stop()
  })

  const headers = (who: Who): Record<string, string> => (who === 'anonymous' ? {} : apiKeyAuth(users[who]))
  const localUser = (who: Who) => (who === 'anonymous' ? {} : { user: users[who] })
  const statusOf = (error: unknown) => (error as { status?: number }).status ?? 500
  const local = async (run: () => Promise<unknown>): Promise<Outcome> => {
    try {
      await run()
      return { ok: true, status: 200 }
    } catch (error) {
      return { ok: false, status: statusOf(error), message: (error as Error).message }
    }
  }
  const rest = async (response: Promise<Response>): Promise<Outcome> => {
    const { status } = await response
    return { ok: status >= 200 && status < 300, status }
  }
  const gql = async (who: Who, query: string, field: string, variables?: Data): Promise<Outcome> => {
    const result: GraphqlResult = (await graphqlAnswer(query, headers(who), variables)).result
    const error = result.errors?.[0]
    if (error) return { ok: false, status: error.extensions?.statusCode ?? 500, message: error.message }
    return { ok: Boolean((result.data?.[field] as { id?: unknown } | null | undefined)?.id), status: 200 }
  }
  /** The data of an update mutation: `data` and the required groups GraphQL insists on. */
  const graphqlUpdateData = (collection: Content, scope: Scope, data: Data): string => {
    const groups = GRAPHQL_REQUIRED_GROUPS[collection] ?? []
    const minimalData = minimal(collection, 'Unused', scope)
    return graphqlLiteral(collection, { ...data, ...Object.fromEntries(groups.map((group) => [group, minimalData[group]])) })
  }

  /** Puts a health page's review in `status` (sent by the network admin when waiting), past every rule, as a draft. */
  const setReview = (collection: Content, id: Id, status: 'none' | 'ready') =>
    payload.update({
      collection: collection as CollectionSlug,
      id,
      draft: true,
      overrideAccess: true,
      depth: 0,
      data: { reviewWorkflow: { status, submittedBy: status === 'ready' ? users.admin.id : null, submittedAt: status === 'ready' ? new Date().toISOString() : null, decidedBy: null, decidedAt: null, approvedHash: null } } as never,
    })
  const reviewStatusOf = async (collection: Content, id: Id) => ((await findOne(collection, { id: { equals: id } }, true))?.reviewWorkflow as { status?: unknown } | undefined)?.status

  const findOne = async (collection: Content, where: Data, draft: boolean) =>
    (await payload.find({ collection, where: where as never, draft, overrideAccess: true, depth: 0, limit: 1 })).docs[0] as Data | undefined
  const titleOf = async (collection: Content, id: Id, draft: boolean) => (await findOne(collection, { id: { equals: id } }, draft))?.[TITLE[collection]]

  /** Tries one operation through one channel and tells whether it took effect in the database. */
  async function attempt(who: Who, collection: Content, op: Op, scope: Scope, channel: Channel): Promise<Outcome & { effect: boolean }> {
    const slug = collection as CollectionSlug
    const draft = hasDrafts(collection)
    const draftQuery = draft ? '?draft=true' : ''
    const titleField = TITLE[collection]
    const name = GRAPHQL_NAME[collection]
    const fixture = fixtures[collection][scope]
    if (fixture === undefined) throw new Error(`no ${scope} fixture of ${collection}`)

    switch (op) {
      case 'read': {
        const outcome =
          channel === 'local'
            ? await local(() => payload.findByID({ collection: slug, id: fixture, overrideAccess: false, depth: 0, ...localUser(who) }))
            : channel === 'rest'
              ? await rest(restRequest('GET', `/${collection}/${fixture}?depth=0`, { headers: headers(who) }))
              : await gql(who, `{ ${name}(id: ${JSON.stringify(fixture)}) { id } }`, name)
        return { ...outcome, effect: outcome.ok }
      }
      case 'create': {
        const title = nextTitle(`${collection} ${scope}`)
        const data = minimal(collection, title, scope)
        // GraphQL's create input makes the (derived) slug a required argument.
        const outcome =
          channel === 'local'
            ? await local(() => payload.create({ collection: slug, data: data as never, draft, overrideAccess: false, depth: 0, ...localUser(who) }))
            : channel === 'rest'
              ? await rest(restRequest('POST', `/${collection}${draftQuery}`, { headers: headers(who), body: data }))
              : await (async () => {
                  const json = graphqlJsonVariables(collection, data)
                  const literal = graphqlLiteral(collection, { ...data, slug: slugOf(title) })
                  return gql(who, `mutation ${json.declaration} { create${name}(data: ${literal}${draft ? ', draft: true' : ''}) { id } }`, `create${name}`, json.variables)
                })()
        return { ...outcome, effect: (await findOne(collection, { slug: { equals: slugOf(title) } }, false)) !== undefined }
      }
      case 'update': {
        const title = nextTitle(`edit ${collection} ${scope}`)
        const data = { [titleField]: title }
        const outcome =
          channel === 'local'
            ? await local(() => payload.update({ collection: slug, id: fixture, data: data as never, draft, overrideAccess: false, depth: 0, ...localUser(who) }))
            : channel === 'rest'
              ? await rest(restRequest('PATCH', `/${collection}/${fixture}${draftQuery}`, { headers: headers(who), body: data }))
              : await gql(who, `mutation { update${name}(id: ${JSON.stringify(fixture)}, data: ${graphqlUpdateData(collection, scope, data)}${draft ? ', draft: true' : ''}) { id } }`, `update${name}`)
        return { ...outcome, effect: (await titleOf(collection, fixture, true)) === title }
      }
      case 'publish': {
        const before = await titleOf(collection, fixture, false)
        const title = nextTitle(`publish ${collection} ${scope}`)
        const data = { [titleField]: title, _status: 'published' }
        const outcome =
          channel === 'local'
            ? await local(() => payload.update({ collection: slug, id: fixture, data: data as never, overrideAccess: false, depth: 0, ...localUser(who) }))
            : channel === 'rest'
              ? await rest(restRequest('PATCH', `/${collection}/${fixture}`, { headers: headers(who), body: data }))
              : await gql(who, `mutation { update${name}(id: ${JSON.stringify(fixture)}, data: ${graphqlUpdateData(collection, scope, data)}) { id } }`, `update${name}`)
        const after = await titleOf(collection, fixture, false)
        if (!outcome.ok) expect.soft(after, `${who} ${collection} publish ${scope} via ${channel}: the published version is unchanged`).toBe(before)
        return { ...outcome, effect: after === title }
      }
      case 'submit':
      case 'approve': {
        const status = op === 'submit' ? 'ready' : 'approved'
        await setReview(collection, fixture, op === 'submit' ? 'none' : 'ready')
        const data = { reviewWorkflow: { status } }
        const outcome =
          channel === 'local'
            ? await local(() => payload.update({ collection: slug, id: fixture, data: data as never, draft: true, overrideAccess: false, depth: 0, ...localUser(who) }))
            : channel === 'rest'
              ? await rest(restRequest('PATCH', `/${collection}/${fixture}?draft=true`, { headers: headers(who), body: data }))
              : await gql(who, `mutation { update${name}(id: ${JSON.stringify(fixture)}, data: ${graphqlUpdateData(collection, scope, data)}, draft: true) { id } }`, `update${name}`)
        return { ...outcome, effect: (await reviewStatusOf(collection, fixture)) === status }
      }
      case 'delete': {
        const id = await createAsAdmin(collection, minimal(collection, nextTitle(`doomed ${collection} ${scope}`), scope))
        const outcome =
          channel === 'local'
            ? await local(() => payload.delete({ collection: slug, id, overrideAccess: false, ...localUser(who) }))
            : channel === 'rest'
              ? await rest(restRequest('DELETE', `/${collection}/${id}`, { headers: headers(who) }))
              : await gql(who, `mutation { delete${name}(id: ${JSON.stringify(id)}) { id } }`, `delete${name}`)
        return { ...outcome, effect: (await findOne(collection, { id: { equals: id } }, false)) === undefined }
      }
    }
  }

  const cellKey = (who: Who, collection: Content, op: Op, scope: Scope) => `${who}|${collection}|${op}|${scope}`

  for (const who of WHO) {
    for (const collection of COLLECTIONS) {
      it(`${who} × ${collection}`, async () => {
        for (const op of OPS) {
          for (const scope of SCOPES) {
            const allowed = expected(who, collection, op, scope)
            if (allowed === 'n/a') continue
            const seen: Partial<Record<Channel, boolean>> = {}
            observed.set(cellKey(who, collection, op, scope), seen)
            for (const channel of CHANNELS) {
              const label = `${who} ${op} ${scope} ${collection} via ${channel}`
              const { ok, status, message, effect } = await attempt(who, collection, op, scope, channel)
              seen[channel] = ok && effect
              expect.soft(effect, `${label}: the API said ${ok ? 'yes' : `no (${status})`} but the database says ${effect ? 'done' : 'not done'}`).toBe(ok)
              expect.soft(ok, `${label} (status ${status}${message ? `: ${message}` : ''})`).toBe(allowed)
              if (!allowed && !ok) expect.soft(REFUSALS[op], `${label}: refusal status`).toContain(status)
            }
          }
        }
      })
    }
  }

  /**
   * Prints what was observed: ✓ allowed, ✗ refused (on every channel tried), ! channels disagree,
   * – does not apply, ? not run; then, per channel, how many cells it allowed and refused, and
   * the cells where the channels disagree with each channel's answer.
   */
  function printMatrix() {
    const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length))
    const head = pad('role × collection', 32) + OPS.map((op) => pad(op, 8)).join('')
    const sub = pad('', 32) + OPS.map(() => pad('o x s', 8)).join('')
    const rows = WHO.flatMap((who) =>
      COLLECTIONS.map((collection) => {
        const cells = OPS.map((op) =>
          SCOPES.map((scope) => {
            const seen = observed.get(cellKey(who, collection, op, scope))
            if (expected(who, collection, op, scope) === 'n/a') return '–'
            const values = Object.values(seen ?? {})
            if (values.length === 0) return '?'
            return values.every(Boolean) ? '✓' : values.some(Boolean) ? '!' : '✗'
          }).join(' '),
        )
        return pad(`${who} × ${collection}`, 32) + cells.map((cell) => pad(cell, 8)).join('')
      }),
    )
    const notes = NOT_APPLICABLE.map((rule) => `– ${rule.collection}${rule.op ? ` ${rule.op}` : ''}${rule.scope ? ` ${rule.scope}` : ''}: ${rule.why}`)
    const cells = [...observed.values()]
    const perChannel = CHANNELS.map((channel) => {
      const answers = cells.map((seen) => seen[channel]).filter((answer) => answer !== undefined)
      return `${channel}: ${answers.filter(Boolean).length} allowed, ${answers.filter((answer) => !answer).length} refused`
    })
    const disagreements = [...observed.entries()]
      .filter(([, seen]) => new Set(Object.values(seen)).size > 1)
      .map(([key, seen]) => `! ${key.replaceAll('|', ' ')}: ${CHANNELS.map((channel) => `${channel} ${seen[channel] === undefined ? '?' : seen[channel] ? '✓' : '✗'}`).join(', ')}`)
    console.log(
      [
        'Isolation matrix, Local API + REST + GraphQL. o = own brand, x = other brand, s = shared by both;',
        '✓ allowed and done, ✗ refused and not done on every channel, ! channels disagree, – does not apply, ? not run',
        head,
        sub,
        ...rows,
        ...notes,
        `Cells per channel: ${perChannel.join('; ')}`,
        ...disagreements,
      ].join('\n'),
    )
  }
})
