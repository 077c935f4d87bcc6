import { describe, expect, it } from 'vitest'
import { clientAddress, normaliseAddress } from './clientAddress'

describe('clientAddress', () => {
  it('is the connection’s address when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress(null, '203.0.113.9', 0)).toBe('203.0.113.9')
    expect(clientAddress('198.51.100.1', '203.0.113.9', 0)).toBe('203.0.113.9')
    expect(clientAddress('198.51.100.1, 198.51.100.2', '::ffff:203.0.113.9', 0)).toBe('203.0.113.9')
  })

  it('is exactly the Nth entry from the right behind N proxies, never one the client wrote further left', () => {
    // client 198.51.100.7 → proxy 10.0.0.2 → proxy 10.0.0.1 (the peer): the first proxy appended the client.
    expect(clientAddress('198.51.100.7, 10.0.0.2', '10.0.0.1', 2)).toBe('198.51.100.7')
    expect(clientAddress('6.6.6.6, 198.51.100.7, 10.0.0.2', '10.0.0.1', 2)).toBe('198.51.100.7')
    expect(clientAddress('6.6.6.6, 198.51.100.7', '10.0.0.1', 1)).toBe('198.51.100.7')
  })

  it('falls back to the connection when the request passed fewer proxies than configured', () => {
    expect(clientAddress('198.51.100.7', '10.0.0.1', 2)).toBe('10.0.0.1')
    expect(clientAddress(null, '10.0.0.1', 1)).toBe('10.0.0.1')
  })

  it('has no address when the trusted entry or the connection is not an IP address', () => {
    expect(clientAddress(null, null, 0)).toBeNull()
    expect(clientAddress('203.0.113.9', null, 0)).toBeNull()
    expect(clientAddress('unknown, 10.0.0.2', '10.0.0.1', 2)).toBeNull()
    expect(clientAddress('evil.example', '10.0.0.1', 1)).toBeNull()
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
