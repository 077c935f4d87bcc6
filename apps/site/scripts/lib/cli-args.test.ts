import { describe, expect, it } from 'vitest'
import { parseCliArgs } from './cli-args'

describe('parseCliArgs', () => {
  it('takes --brand repeated or as a comma list, in order and without duplicates', () => {
    expect(parseCliArgs(['--brand', 'b-one,a-two', '--brand', 'c-three', '--brand', 'b-one']).brands).toEqual(['b-one', 'a-two', 'c-three'])
  })

  it('builds every brand when no --brand is given', () => {
    expect(parseCliArgs([])).toEqual({ brands: [], snapshotDir: null, full: false, help: false })
  })

  it('takes --full', () => {
    expect(parseCliArgs(['--full']).full).toBe(true)
  })

  it('takes --snapshot-dir', () => {
    expect(parseCliArgs(['--snapshot-dir', 'snapshots']).snapshotDir).toBe('snapshots')
  })

  it('rejects unknown options and missing values with the usage text', () => {
    expect(() => parseCliArgs(['--brands', 'x'])).toThrow(/Unknown option '--brands'[\s\S]*Usage: tsx scripts\/build-brands\.ts/)
    expect(() => parseCliArgs(['--brand'])).toThrow(/--brand/)
  })
})
