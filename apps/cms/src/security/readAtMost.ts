/**
 * Reads a body stream to its end, unless it holds more than `limit` bytes: then it stops reading,
 * cancels the stream and answers undefined (the rest is never read). A missing body reads as
 * empty. Used for every body whose size is limited: the appointment form's, GraphQL requests and
 * answers. Throws when the stream breaks (a client that went away).
 */
export async function readAtMost(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (!stream) return new Uint8Array()
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return undefined
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}
