import { isIP } from 'node:net'

/**
 * The client's address from `X-Forwarded-For`, or null when there is none to trust.
 *
 * Each proxy appends the address it received the request from, so the last entry is the peer of
 * the proxy nearest to the CMS; `trustedHops` more proxies in front of that one skip as many
 * entries from the end. Next's server sets the header from the socket when a request arrives
 * without one (a CMS reached directly), but keeps one the client sent: without a proxy that
 * appends to or overwrites it, a client can pick its own address (see apps/cms/README.md).
 *
 * IPv6 clients are grouped by their /64 network, the block one subscriber usually gets.
 */
export function clientAddress(forwardedFor: string | null, trustedHops: number): string | null {
  if (!forwardedFor) return null
  const entries = forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const entry = entries[Math.max(0, entries.length - 1 - trustedHops)]
  return entry === undefined ? null : normaliseAddress(entry)
}

/** An address without port or zone, IPv4-mapped IPv6 as IPv4, IPv6 as its /64; null when it is not an IP address. */
export function normaliseAddress(raw: string): string | null {
  let value = raw
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
