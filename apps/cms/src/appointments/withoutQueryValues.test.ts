import { describe, expect, it } from 'vitest'
import { LEFT_OUT, withoutQueryValues } from './withoutQueryValues'

/** An error shaped as drizzle's DrizzleQueryError: statement and values in the message. */
function failedQuery(values: string[], cause?: Error): Error {
  const error = new Error(`Failed query: insert into "appointment_requests" ("name", "phone", "message") values (?, ?, ?)\nparams: ${values.join(',')}`, { cause })
  error.name = 'DrizzleQueryError'
  return error
}

describe('withoutQueryValues', () => {
  it('drops the values a visitor sent from message and stack, keeping the statement, name and cause', () => {
    const cause = new Error('SQLITE_BUSY: database is locked')
    const safe = withoutQueryValues(failedQuery(['Dana Whitfield', '(480) 555-0134', 'Knee pain\nsince March'], cause)) as Error
    const logged = `${safe.message}\n${safe.stack}`
    for (const value of ['Dana Whitfield', '555-0134', 'Knee pain', 'since March']) expect(logged).not.toContain(value)
    expect(safe.message).toBe(`Failed query: insert into "appointment_requests" ("name", "phone", "message") values (?, ?, ?)\nparams: ${LEFT_OUT}`)
    expect(safe.stack).toMatch(/\n\s+at /)
    expect(safe.name).toBe('DrizzleQueryError')
    expect((safe.cause as Error).message).toBe('SQLITE_BUSY: database is locked')
  })

  it('leaves other errors and non-errors as they are', () => {
    expect((withoutQueryValues(new Error('no clinic')) as Error).message).toBe('no clinic')
    expect(withoutQueryValues('text')).toBe('text')
  })
})
