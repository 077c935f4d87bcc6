import type { Payload } from 'payload'
import type { Role } from '../../../src/access/roles'
import type { Brand, User } from '../../../src/payload-types'
import { brandData } from './contentDocuments'

/** A user a test acts as: the document as Payload's requests carry it (`collection` set), and its API key. */
export type Person = User & { collection: 'users'; apiKey: string | null }

/** One person a test needs: a role and the brands they work for, named by the keys of `brands`. */
export interface PersonSpec<BrandKey extends string> {
  role: Role
  brands: readonly BrandKey[]
  /** Whether they get an API key (the default); without one they can only sign in with their password. */
  apiKey?: boolean
}

export interface BrandsAndPeopleSpec<BrandKey extends string, Who extends string> {
  /**
   * The people's e-mail domain (`locks.example`); its first label prefixes their API keys. Each
   * person `who` is `<who in lower case>@<domain>`, with the password `<who>-password-1` unless
   * `password` is given, and the API key `<first label>-<who>-key-0123456789abcdef0123456789`.
   */
  domain: string
  /** The brands to create, published, by the name of each (see `brandData`). */
  brands: Record<BrandKey, string>
  people: Record<Who, PersonSpec<NoInfer<BrandKey>>>
  /** One password for everybody, for tests that sign in. */
  password?: string
  /** The context of every create, e.g. `{ disableRebuild: true }` so that no rebuild is scheduled. */
  context?: Record<string, unknown>
}

/** Every role once: the admin of the whole network, and the others working for `brand`. */
export function everyRole<BrandKey extends string>(brand: BrandKey): Record<Role, PersonSpec<BrandKey>> {
  return {
    admin: { role: 'admin', brands: [] },
    'brand-admin': { role: 'brand-admin', brands: [brand] },
    editor: { role: 'editor', brands: [brand] },
    contributor: { role: 'contributor', brands: [brand] },
    'clinical-reviewer': { role: 'clinical-reviewer', brands: [brand] },
  }
}

/**
 * Creates the brands, then the people (in the order given, past access rules), for tests of who
 * may do what: most act as them through the Local API (`user`) and over REST and GraphQL with
 * {@link apiKeyAuth}.
 */
export async function createBrandsAndPeople<BrandKey extends string, Who extends string>(
  payload: Payload,
  spec: BrandsAndPeopleSpec<BrandKey, Who>,
): Promise<{ brands: Record<BrandKey, Brand>; people: Record<Who, Person> }> {
  const { context } = spec
  const brands = {} as Record<BrandKey, Brand>
  for (const [key, name] of Object.entries(spec.brands) as [BrandKey, string][]) {
    brands[key] = await payload.create({ collection: 'brands', overrideAccess: true, context, data: brandData(name) })
  }
  const keyPrefix = spec.domain.split('.')[0]
  const people = {} as Record<Who, Person>
  for (const [who, { role, brands: of, apiKey: withKey = true }] of Object.entries(spec.people) as [Who, PersonSpec<BrandKey>][]) {
    const apiKey = withKey ? `${keyPrefix}-${who}-key-0123456789abcdef0123456789` : null
    const data = {
      email: `${who.toLowerCase()}@${spec.domain}`,
      password: spec.password ?? `${who}-password-1`,
      name: who,
      role,
      brands: of.map((key) => brands[key].id),
      ...(apiKey === null ? {} : { enableAPIKey: true, apiKey }),
    }
    people[who] = { ...(await payload.create({ collection: 'users', overrideAccess: true, context, data })), collection: 'users', apiKey }
  }
  return { brands, people }
}

/** The header that signs `person` in with their API key, over REST and GraphQL. */
export function apiKeyAuth(person: { name: string; apiKey?: string | null }): Record<string, string> {
  if (!person.apiKey) throw new Error(`${person.name} has no API key: leave out \`apiKey: false\` where createBrandsAndPeople creates them.`)
  return { Authorization: `users API-Key ${person.apiKey}` }
}

/** One published brand named `name` and an editor of it (`editor@<domain>`) with an API key; `auth` signs the editor in. */
export async function createBrandWithEditor(payload: Payload, name: string, domain: string): Promise<{ brand: Brand; editor: Person; auth: Record<string, string> }> {
  const { brands, people } = await createBrandsAndPeople(payload, { domain, brands: { brand: name }, people: { editor: { role: 'editor', brands: ['brand'] } } })
  return { brand: brands.brand, editor: people.editor, auth: apiKeyAuth(people.editor) }
}
