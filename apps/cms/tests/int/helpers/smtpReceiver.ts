import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

/** One message the receiver was handed (whether it accepted it or not). */
export interface ReceivedMail {
  /** Envelope recipients. */
  to: string[]
  /** The raw message: headers and MIME body. */
  raw: string
  /** The SMTP code the receiver answered: 250, or the planned failure. */
  code: number
}

/** A local SMTP server on 127.0.0.1 that can refuse messages to an address a number of times first (451, "try again later"). */
export interface SmtpReceiver {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string
  readonly mails: ReceivedMail[]
  /** Refuses the next `times` messages to `address` with 451 (Infinity: always), then accepts. */
  failFirst(address: string, times: number): void
  close(): Promise<void>
}

const MAX_MESSAGE_BYTES = 1024 * 1024

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const mails: ReceivedMail[] = []
  const failures = new Map<string, number>()
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on localhost: no STARTTLS (it would need a certificate), no reverse DNS lookups.
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((recipient) => recipient.address)
        const planned = to.map((address) => failures.get(address) ?? 0).find((left) => left > 0)
        const code = planned === undefined ? 250 : 451
        mails.push({ to, raw: Buffer.concat(chunks).toString('utf8'), code })
        if (planned === undefined) return callback()
        for (const address of to) if ((failures.get(address) ?? 0) > 0) failures.set(address, (failures.get(address) ?? 0) - 1)
        callback(Object.assign(new Error('Mailbox temporarily unavailable, try again later'), { responseCode: 451 }))
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    failFirst(address, times) {
      failures.set(address, times)
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** The decoded text of each part of a MIME message, by content type (`text/plain`, `text/html`), with the top-level headers. */
export function parseMail(raw: string): { headers: Record<string, string>; parts: Record<string, string> } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/)
  const headers = parseHeaders(head)
  const body = rest.join('\r\n\r\n')
  const boundary = /boundary="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1]
  const parts: Record<string, string> = {}
  const sections = boundary ? body.split(`--${boundary}`).slice(1, -1) : [`${head}\r\n\r\n${body}`]
  for (const section of sections) {
    const [partHead = '', ...partBody] = section.replace(/^\r?\n/, '').split(/\r?\n\r?\n/)
    const partHeaders = parseHeaders(partHead)
    const type = (partHeaders['content-type'] ?? 'text/plain').split(';')[0]?.trim() ?? 'text/plain'
    parts[type] = decode(partBody.join('\r\n\r\n').replace(/\r?\n$/, ''), partHeaders['content-transfer-encoding'])
  }
  return { headers, parts }
}

function parseHeaders(block: string): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
  }
  return headers
}

function decode(text: string, encoding = '7bit'): string {
  if (/base64/i.test(encoding)) return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8').replace(/\r\n/g, '\n')
  if (!/quoted-printable/i.test(encoding)) return text.replace(/\r\n/g, '\n')
  const bytes: number[] = []
  const joined = text.replace(/=\r?\n/g, '')
  for (let index = 0; index < joined.length; index += 1) {
    const hex = joined.slice(index + 1, index + 3)
    if (joined[index] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16))
      index += 2
    } else {
      bytes.push(...Buffer.from(joined[index] ?? '', 'utf8'))
    }
  }
  return Buffer.from(bytes).toString('utf8').replace(/\r\n/g, '\n')
}
