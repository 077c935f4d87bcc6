import type { AfterErrorHookArgs } from 'payload'
import { describe, expect, it } from 'vitest'
import { keepValidationDetails } from './errorDetails'

/** A field error as another copy of Payload's class makes it in the production build: its data, not the class, and a minified name. */
function foreignValidationError(): Error {
  const error = new Error('The following field is invalid: reviewWorkflow.status')
  error.name = 't'
  Object.assign(error, { data: { collection: 'articles', errors: [{ path: 'reviewWorkflow.status', message: 'Approve it first.' }] }, status: 400 })
  return error
}

const run = (error: Error, result: AfterErrorHookArgs['result']) => keepValidationDetails({ error, result, context: {}, req: {} as AfterErrorHookArgs['req'] })

describe('keepValidationDetails', () => {
  it('puts back the field list an answer lost', () => {
    const answer = run(foreignValidationError(), { errors: [{ message: 'The following field is invalid: reviewWorkflow.status' }] })
    expect(answer).toEqual({
      response: {
        errors: [
          {
            name: 'ValidationError',
            message: 'The following field is invalid: reviewWorkflow.status',
            data: { collection: 'articles', errors: [{ path: 'reviewWorkflow.status', message: 'Approve it first.' }] },
          },
        ],
      },
    })
  })

  it('leaves an answer that has its details, and other errors, as they are', () => {
    expect(run(foreignValidationError(), { errors: [{ message: 'x', data: { errors: [] } }] })).toBeUndefined()
    expect(run(new Error('Something went wrong.'), { errors: [{ message: 'Something went wrong.' }] })).toBeUndefined()
    const other = Object.assign(new Error('Not allowed'), { data: { errors: 'not a list' } })
    expect(run(other, { errors: [{ message: 'Not allowed' }] })).toBeUndefined()
  })
})
