import crypto from 'node:crypto'
import { APIError, AuthenticationError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { env } from '../../../env'
import { rateLimitKeyOf } from '../../../security/clientAddress'
import { RateLimiter } from '../../../security/rateLimiter'

/*
 * Logins answer the same way, after the same work, whether or not the account exists and whether
 * or not it is locked, and one client address gets a bounded number of failed tries across all
 * accounts (Payload's own lockout counts per account only).
 */

/** Payload's password hashes: `pbkdf2-sha256-v1:` (600,000 iterations, 32 bytes) or its older format (25,000, 512). */
function hashCost(hash: unknown): { iterations: number; keyLength: number } {
  return typeof hash === 'string' && !hash.startsWith('pbkdf2-sha256-v1:') ? { iterations: 25_000, keyLength: 512 } : { iterations: 600_000, keyLength: 32 }
}

/** Hashes `password` as checking it against `hash` would, and forgets the result. */
async function spendPasswordCheck(password: unknown, hash?: unknown, salt?: unknown): Promise<void> {
  const { iterations, keyLength } = hashCost(hash)
  const text = typeof password === 'string' ? password : ''
  const saltText = typeof salt === 'string' ? salt : crypto.randomBytes(32).toString('hex')
  await new Promise<void>((resolve, reject) => {
    crypto.pbkdf2(text, saltText, iterations, keyLength, 'sha256', (error) => (error ? reject(error) : resolve()))
  })
}

let throttle: RateLimiter | undefined
/** Failed logins per client address (LOGIN_RATE_LIMIT per LOGIN_RATE_WINDOW_MS). */
export function loginThrottle(): RateLimiter {
  throttle ??= new RateLimiter(env.LOGIN_RATE_LIMIT, env.LOGIN_RATE_WINDOW_MS)
  return throttle
}

/** Logins over REST or GraphQL; the Local API (scripts, the server's own code) is not throttled. */
const fromOutside = (req: PayloadRequest) => req.payloadAPI !== 'local'

interface StoredLogin {
  hash?: unknown
  salt?: unknown
  lockUntil?: unknown
}

/**
 * Before Payload checks a login: refuses a client address with too many failed logins (429), and
 * answers an unknown email or a locked account exactly like a wrong password, after hashing the
 * password as a real check would. (Payload would answer those at once, and call a locked account
 * locked, which tells an attacker which accounts exist.)
 */
export const guardLogin: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'login') return args
  if (fromOutside(req)) {
    const decision = loginThrottle().hit(rateLimitKeyOf(req))
    if (!decision.allowed) {
      const minutes = Math.ceil(decision.retryAfterSeconds / 60)
      req.payload.logger.warn(`Login refused: more than ${env.LOGIN_RATE_LIMIT} failed logins from one client address in ${env.LOGIN_RATE_WINDOW_MS / 1000} s.`)
      throw new APIError(`Too many failed logins from your network. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or ask a network admin to reset your password.`, 429)
    }
  }

  const data = (args as { data?: { email?: unknown; password?: unknown } }).data ?? {}
  const email = typeof data.email === 'string' ? data.email.toLowerCase().trim() : ''
  // Missing fields: Payload's own validation answers (no account is looked up).
  if (email === '' || typeof data.password !== 'string' || data.password.trim() === '') return args

  const user = (await req.payload.db.findOne({ collection: collection.slug, where: { email: { equals: email } }, req })) as StoredLogin | null
  const locked = user !== null && typeof user.lockUntil === 'string' && new Date(user.lockUntil).getTime() > Date.now()
  if (user === null || locked) {
    await spendPasswordCheck(data.password, user?.hash, user?.salt)
    throw new AuthenticationError(req.t)
  }
  return args
}

/** A successful login does not count against its client address. */
export const refundLogin: CollectionAfterLoginHook = ({ req }) => {
  if (fromOutside(req)) loginThrottle().refund(rateLimitKeyOf(req))
}
