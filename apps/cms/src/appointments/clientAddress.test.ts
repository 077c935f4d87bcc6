import { describe, expect, it } from 'vitest'
import { clientAddress, normaliseAddress } from './clientAddress'

describe('clientAddress', () => {
  it('takes the last X-Forwarded-For entry when no further proxies are trusted', () => {
    expect(clientAddress('203.0.113.9', 0)).toBe('203.0.113.9')
    // A client-sent value before the entry the proxy appended does not count.
    expect(clientAddress('1.2.3.4, 203.0.113.9', 0)).toBe('203.0.113.9')
  })

  it('skips one entry per trusted proxy hop, stopping at the first entry', () => {
    expect(clientAddress('198.51.100.7, 10.0.0.2, 10.0.0.1', 2)).toBe('198.51.100.7')
    expect(clientAddress('198.51.100.7, 10.0.0.2, 10.0.0.1', 1)).toBe('10.0.0.2')
    expect(clientAddress('198.51.100.7', 3)).toBe('198.51.100.7')
  })

  it('has no address without the header or with something that is not an IP address', () => {
    expect(clientAddress(null, 0)).toBeNull()
    expect(clientAddress('', 0)).toBeNull()
    expect(clientAddress(' , ', 0)).toBeNull()
    expect(clientAddress('unknown', 0)).toBeNull()
    expect(clientAddress('evil.example', 0)).toBeNull()
  })
})

describe('normaliseAddress', () => {
  it('drops ports, brackets and zones, and maps IPv4-in-IPv6 to IPv4', () => {
    expect(normaliseAddress('203.0.113.9:51234')).toBe('203.0.113.9')
    expect(normaliseAddress('::ffff:203.0.113.9')).toBe('203.0.113.9')
    expect(normaliseAddress('[2001:db8::1]:443')).toBe('2001:db8:0:0::/64')
    expect(normaliseAddress('fe80::1%eth0')).toBe('fe80:0:0:0::/64')
  })

  it('groups IPv6 addresses by their /64 network, however they are written', () => {
    const same = ['2001:db8:aa:bb::1', '2001:0DB8:00AA:00BB:ffff:ffff:ffff:ffff', '2001:db8:aa:bb:1:2:3:4', '2001:db8:aa:bb::192.0.2.1']
    expect(new Set(same.map(normaliseAddress))).toEqual(new Set(['2001:db8:aa:bb::/64']))
    expect(normaliseAddress('2001:db8:aa:bc::1')).toBe('2001:db8:aa:bc::/64')
    expect(normaliseAddress('::1')).toBe('0:0:0:0::/64')
  })
})
