import { describe, expect, it } from 'vitest'
import { plainReason } from './plainReason'

// The texts below are those src/rebuild writes into a record's `lastError` (postBuildHook.ts,
// runLocalSiteBuild.ts, reclaimStaleRebuilds.ts) around what the site's build script prints.
describe('plainReason', () => {
  it('names the document and field a snapshot contract refused, and counts the others', () => {
    const lastError = [
      '`pnpm --filter site build --brand wrenfield-pt` exited with code 1; last output:',
      '✗ [1/1] wrenfield-pt: The CMS answered GET http://localhost:3000/api/brands/wrenfield-pt/snapshot with HTTP 422 Unprocessable Entity: The snapshot of brand "wrenfield-pt" does not fit the contract; fix the documents listed.',
      '  brand wrenfield-pt: comparisons 12 field rows.0.values: Too big: expected array to have <=2 items',
      '  brand wrenfield-pt: faqs 3 field answer: Required',
      '✗ 1 of 1 brand failed: wrenfield-pt',
    ].join('\n')
    expect(plainReason(lastError)).toBe('Comparison 12 was refused by the site: field "rows.0.values": Too big: expected array to have <=2 items (and 1 more problem).')
  })

  it('says what the build service answered, never its address', () => {
    expect(plainReason('the build hook answered HTTP 503 Service Unavailable: {"error":"planned 503"}')).toBe('The build service answered 503, so the site was not rebuilt.')
    expect(plainReason('could not reach the build hook (connect ECONNREFUSED 127.0.0.1:9)')).toBe('The build service could not be reached.')
    expect(plainReason('the build hook did not answer within 10000 ms')).toBe('The build service did not answer within 10 s.')
  })

  it('tells a stopped local build and an interrupted rebuild apart', () => {
    expect(plainReason('`pnpm --filter site build --brand mesquite-ridge-pt` was stopped after 600000 ms; last output:\nbuilding pages')).toBe(
      'The site build took longer than 10 minutes and was stopped.',
    )
    expect(plainReason('interrupted: the CMS process running it stopped (no heartbeat for 50 s)')).toMatch(/^The CMS stopped while the site was being rebuilt/)
  })

  it('otherwise "the site build failed" with the first line that says why', () => {
    const lastError = [
      '`pnpm --filter site build --brand mesquite-ridge-pt` exited with code 1; last output:',
      '> site@ build /work/apps/site',
      '✗ [1/1] mesquite-ridge-pt: Cannot reach CMS at http://localhost:3000 (GET http://localhost:3000/api/brands/mesquite-ridge-pt/snapshot: ECONNREFUSED). Check CMS_URL and that the CMS is running.',
      '✗ 1 of 1 brand failed: mesquite-ridge-pt',
    ].join('\n')
    expect(plainReason(lastError)).toMatch(/^The site build failed: Cannot reach CMS at http:\/\/localhost:3000 /)
    expect(plainReason('could not start `pnpm`: spawn pnpm ENOENT')).toBe('The site build failed: could not start `pnpm`: spawn pnpm ENOENT.')
    expect(plainReason(null)).toMatch(/^The site build failed without saying why/)
  })
})
