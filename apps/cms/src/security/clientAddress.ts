import { isIP } from 'node:net'
import { env } from '../env'
import { PEER_ADDRESS_HEADER, peerAddressHeaderIsTrusted } from './peerAddress'

/**
 * The client's address, or null when there is none to trust.
 *
 * `peer` is the address the TCP connection came from. With no proxy in front of the CMS
 * (`trustedHops` 0) it is the client, and `X-Forwarded-For` is ignored: a client writes what it
 * likes there. Behind `trustedHops` proxies, each of which appends the address it received the
 * request from, the client is exactly the `trustedHops`-th entry from the right: entries further
 * left were sent by the client and prove nothing. A request with fewer entries than that did not
 * pass through every proxy, so only its peer is known.
 *
 * IPv6 clients are grouped by their /64 network, the block one subscriber usually gets.
 */
export function clientAddress(forwardedFor: string | null, peer: string | null, trustedHops: number): string | null {
  const connection = peer === null ? null : normaliseAddress(peer)
  if (trustedHops === 0) return connection
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const entry = entries[entries.length - trustedHops]
  return entry === undefined ? connection : normaliseAddress(entry)
}

let warnedUntrusted = false

/**
 * The client address of a request to this CMS, by {@link clientAddress} with the peer address the
 * CMS server passes on and `TRUSTED_PROXY_HOPS`. Null (callers use one shared bucket) when the app
 * runs without the CMS server, which is then said once on stderr.
 */
export function clientAddressOf(req: { headers: Headers }): string | null {
  if (!peerAddressHeaderIsTrusted()) {
    if (!warnedUntrusted) {
      warnedUntrusted = true
      console.warn('The CMS runs without its server (src/server/main.ts): client addresses are unknown, so every client shares one rate-limit bucket. Start it with `pnpm --filter cms start` (or `dev`).')
    }
    return null
  }
  return clientAddress(req.headers.get('x-forwarded-for'), req.headers.get(PEER_ADDRESS_HEADER), env.TRUSTED_PROXY_HOPS)
}

/** The key under which rate limits count a request: its client address, or one bucket shared by all requests without one. */
export function rateLimitKeyOf(req: { headers: Headers }): string {
  return clientAddressOf(req) ?? 'unknown-client'
}

/** An address without port or zone, IPv4-mapped IPv6 as IPv4, IPv6 as its /64; null when it is not an IP address. */
export function normaliseAddress(raw: string): string | null {
  let value = raw.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value)
  if (bracketed?.[1]) value = bracketed[1]
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'))
  value = value.replace(/%.*$/, '')
  const version = isIP(value)
  if (version === 4) return value
  if (version !== 6) return null
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value)
  if (mapped?.[1]) return mapped[1]
  return `${expandIpv6(value).slice(0, 4).join(':')}::/64`
}

/** The eight 16-bit groups of a valid IPv6 address, as lower-case hex without leading zeros. */
function expandIpv6(address: string): string[] {
  let text = address.toLowerCase()
  // An embedded IPv4 tail (e.g. 64:ff9b::192.0.2.1) is two more groups.
  const v4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text)
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number]
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const left = head === '' ? [] : head.split(':')
  const right = tail === undefined || tail === '' ? [] : tail.split(':')
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0')
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16).toString(16))
}
