/**
 * `uri` with its database name replaced by `name`, for any MongoDB URI shape: several hosts
 * (`mongodb://a:27017,b:27017/?replicaSet=rs0`), `mongodb+srv://`, credentials and options
 * kept. (`new URL()` refuses several hosts.)
 */
export function freshMongoUri(uri: string, name: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?#]+)(?:\/([^?#]*))?(\?[^#]*)?$/.exec(uri)
  if (!match) throw new Error(`MONGODB_URI is not a MongoDB URI such as mongodb://localhost:27017/?replicaSet=rs0 (got ${uri.replace(/\/\/[^@/]*@/, '//…@')})`)
  return `${match[1]}/${name}${match[3] ?? ''}`
}
