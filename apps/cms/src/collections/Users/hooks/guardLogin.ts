import crypto from 'node:crypto'
import { APIError, AuthenticationError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { env } from '../../../env'
import { rateLimitKeyOf } from '../../../security/clientAddress'
import { type RateLimitDecision, RateLimiter } from '../../../security/rateLimiter'

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
/** Failed logins per client address (LOGIN_RATE_LIMIT per LOGIN_RATE_WINDOW_MS), counted once across every CMS process. */
export function loginThrottle(): RateLimiter {
  throttle ??= new RateLimiter('login', env.LOGIN_RATE_LIMIT, env.LOGIN_RATE_WINDOW_MS)
  return throttle
}

const THROTTLE_UNAVAILABLE = 'Logins cannot be checked just now because the database did not answer. Wait a minute and try again; if it keeps happening, tell the network admin.'

/**
 * Counts a login try of the request's client address. Fails closed: when the shared counters
 * cannot be reached the login is refused (503), so that making the database busy never switches
 * the limit on password guessing off. Little is lost: a login needs the same database to look up
 * the account, so it would most likely fail anyway.
 */
async function countLoginTry(req: PayloadRequest): Promise<RateLimitDecision> {
  try {
    return await loginThrottle().hit(req.payload, rateLimitKeyOf(req))
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'Login refused (503): the shared login throttle could not be checked (database busy or down?).' })
    throw new APIError(THROTTLE_UNAVAILABLE, 503)
  }
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
    const decision = await countLoginTry(req)
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

/**
 * A successful login does not count against its client address. A refund that fails is logged
 * and the login still succeeds: the address keeps one count too many until its window ends.
 */
export const refundLogin: CollectionAfterLoginHook = async ({ req }) => {
  if (!fromOutside(req)) return
  try {
    await loginThrottle().refund(req.payload, rateLimitKeyOf(req))
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'Login: could not take back the throttle count of a successful login; it stays counted until its window ends.' })
  }
}
