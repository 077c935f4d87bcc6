/**
 * MongoDB connection strings, read without `new URL()`: a URI may list several hosts
 * (`mongodb://a:27017,b:27017/db?replicaSet=rs0`), which is not a URL that WHATWG parsing
 * accepts. Format: `mongodb[+srv]://[user:password@]host[:port][,host[:port]…][/[database]][?options]`.
 */

/** The parts of a MongoDB connection string, as written (credentials stay percent-encoded). */
export interface MongoUriParts {
  scheme: 'mongodb' | 'mongodb+srv'
  /** `user:password` (or `user`) before the `@`, or null. */
  credentials: string | null
  /** `host[:port]` entries; an SRV URI has exactly one, a DNS name. */
  hosts: string[]
  /** The database named in the path, or '' (the driver then uses `test`). */
  database: string
  /** The query string as written, without `?`. */
  query: string
  /** The options of the query string. */
  options: URLSearchParams
}

const MONGO_URI = /^(mongodb(?:\+srv)?):\/\/([^/?#]+)(?:\/([^?#]*))?(?:\?([^#]*))?$/

/** Splits a MongoDB connection string; throws, naming what is wrong, when it is not one. */
export function parseMongoUri(uri: string): MongoUriParts {
  const match = MONGO_URI.exec(uri)
  if (!match) throw new Error('Not a MongoDB connection string: expected mongodb://host[:port][,host…][/database][?options] or mongodb+srv://host[/database][?options]')
  const [, scheme, authority = '', path = '', query = ''] = match
  // A password may contain an encoded "@", never a raw one; the last "@" ends the credentials.
  const at = authority.lastIndexOf('@')
  const hosts = authority.slice(at + 1).split(',')
  if (hosts.some((host) => host === '')) throw new Error('A MongoDB connection string needs a host after mongodb:// (and no empty entry between commas)')
  return {
    scheme: scheme === 'mongodb+srv' ? 'mongodb+srv' : 'mongodb',
    credentials: at === -1 ? null : authority.slice(0, at),
    hosts,
    database: decodeURIComponent(path),
    query,
    options: new URLSearchParams(query),
  }
}

/**
 * The same connection string for database `name`: hosts, credentials and options stay. With
 * credentials and no `authSource`, the driver authenticates against the database in the path
 * (or `admin` without one), so that database is named as `authSource` to keep the login working.
 */
export function withMongoDatabase(uri: string, name: string): string {
  const parts = parseMongoUri(uri)
  const options = parts.query === '' ? [] : [parts.query]
  if (parts.credentials !== null && !parts.options.has('authSource')) {
    options.push(`authSource=${encodeURIComponent(parts.database === '' ? 'admin' : parts.database)}`)
  }
  const credentials = parts.credentials === null ? '' : `${parts.credentials}@`
  const query = options.length === 0 ? '' : `?${options.join('&')}`
  return `${parts.scheme}://${credentials}${parts.hosts.join(',')}/${encodeURIComponent(name)}${query}`
}

/**
 * Whether the connection string names a replica set (`replicaSet=`) or is an SRV string, whose
 * DNS TXT record names it (Atlas). Payload's MongoDB adapter uses transactions only when the
 * driver knows a replica set name; a URI to a single host of a replica set without
 * `replicaSet=` connects directly, and transactions stay off.
 */
export function namesReplicaSet(uri: string): boolean {
  const parts = parseMongoUri(uri)
  return parts.scheme === 'mongodb+srv' || (parts.options.get('replicaSet') ?? '') !== ''
}
