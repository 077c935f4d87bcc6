/**
 * Reading JSON-LD the way search engines do for our purposes: every block parsed, `@graph`s
 * and nested objects flattened into one list of nodes, `@id` references resolvable.
 */

/** A JSON-LD node: any object with an `@type` or `@id`. */
export type JsonLdNode = Record<string, unknown>

/** The parsed blocks of one page, with a message per block that is not valid JSON. */
export interface JsonLdDocument {
  nodes: JsonLdNode[]
  errors: string[]
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Parses the contents of every `<script type="application/ld+json">` of a page. */
export function parseJsonLd(blocks: readonly string[]): JsonLdDocument {
  const nodes: JsonLdNode[] = []
  const errors: string[] = []
  const collect = (value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach(collect)
      return
    }
    if (!isObject(value)) return
    if ('@type' in value || '@id' in value) nodes.push(value)
    for (const [key, child] of Object.entries(value)) if (key !== '@context') collect(child)
  }
  blocks.forEach((block, index) => {
    try {
      collect(JSON.parse(block))
    } catch (error) {
      errors.push(`JSON-LD block ${index + 1} is not valid JSON: ${(error as Error).message}`)
    }
  })
  return { nodes, errors }
}

/** The `@type`s of a node. */
export function typesOf(node: JsonLdNode): string[] {
  const type = node['@type']
  if (typeof type === 'string') return [type]
  return Array.isArray(type) ? type.filter((entry): entry is string => typeof entry === 'string') : []
}

/** The nodes having one of the given types. */
export function nodesOfType(doc: JsonLdDocument, ...types: string[]): JsonLdNode[] {
  return doc.nodes.filter((node) => typesOf(node).some((type) => types.includes(type)))
}

/**
 * A property's value with `@id`-only references replaced by the node they name (when the page
 * has it), so `"author": {"@id": "#tamsin"}` reads like the inline form.
 */
export function resolve(doc: JsonLdDocument, value: unknown): unknown {
  if (Array.isArray(value)) return value.map((entry) => resolve(doc, entry))
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return doc.nodes.find((node) => node['@id'] === value['@id'] && Object.keys(node).length > 1) ?? value
  }
  return value
}

/** A property as a list of objects (a single object or an array of them), references resolved. */
export function objectsOf(doc: JsonLdDocument, node: JsonLdNode, property: string): Record<string, unknown>[] {
  const value = resolve(doc, node[property])
  const list = Array.isArray(value) ? value : [value]
  return list.filter(isObject)
}

/** A property that must be a non-empty string: the string, or undefined. */
export function text(node: Record<string, unknown> | undefined, property: string): string | undefined {
  const value = node?.[property]
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

/** A property that must be a number (or a numeric string, which schema.org allows). */
export function numeric(node: Record<string, unknown> | undefined, property: string): number | undefined {
  const value = node?.[property]
  const parsed = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN
  return Number.isFinite(parsed) ? parsed : undefined
}

/**
 * A required property: one name, or alternatives of which one suffices (`['worksFor', 'memberOf']`).
 */
export type RequiredProperty = string | readonly string[]

/**
 * The properties our pages promise for each type, beyond what search engines require: a
 * provider's `Person` says who they are, what they are qualified as and where they work; a
 * reviewed `MedicalWebPage` says who reviewed it and when. (`reviewedBy` and `lastReviewed` are
 * required only of a page the snapshot gives a review: see `REVIEWED_PAGE`.)
 */
export const REQUIRED_PROPERTIES = {
  Person: ['name', 'jobTitle', 'hasCredential', ['worksFor', 'memberOf']],
  ProfilePage: ['mainEntity', 'url'],
  CollectionPage: ['mainEntity', 'url'],
  ItemList: ['itemListElement'],
  MedicalWebPage: ['url', 'name'],
  MedicalTherapy: ['name'],
  MedicalCondition: ['name'],
  EducationalOccupationalCredential: ['name'],
} as const satisfies Record<string, readonly RequiredProperty[]>

/** What a `MedicalWebPage` with a review must have as well. */
export const REVIEWED_PAGE: readonly RequiredProperty[] = ['reviewedBy', 'lastReviewed']

const present = (doc: JsonLdDocument, node: JsonLdNode, property: string): boolean => {
  const value = resolve(doc, node[property])
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'string') return value.trim() !== ''
  return value !== undefined && value !== null
}

/** The required properties `node` lacks, each named as `a` or `a or b`. */
export function missingProperties(doc: JsonLdDocument, node: JsonLdNode, required: readonly RequiredProperty[]): string[] {
  return required
    .map((entry) => (typeof entry === 'string' ? [entry] : [...entry]))
    .filter((alternatives) => !alternatives.some((property) => present(doc, node, property)))
    .map((alternatives) => alternatives.join(' or '))
}
