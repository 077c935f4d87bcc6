import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { type BenchContext, log, pnpm } from '../context'
import { lastJsonLine } from '../process'
import { seedDemo } from './import'

/** What `bench:load` prints (see apps/cms/src/scripts/benchLoad.ts). */
export interface LoadResult {
  requests: number
  stored: number
  duplicated: number
  missing: number
  concurrency: number
  processes: number
  statuses: Record<string, number>
  p50Ms: number
  p95Ms: number
  perSecond: number
}

/** i. Load: appointment requests spread over two CMS processes on one database (production start). */
export async function loadStep(ctx: BenchContext): Promise<LoadResult> {
  const requests = ctx.options.loadRequests
  log('i. seeding the demo network (production start: migrations) for the load step')
  const env = await seedDemo(ctx, 'load: seed', path.join(ctx.temp, 'load'), { secret: randomBytes(32).toString('hex') })
  log(`i. ${requests} appointment requests, 8 at a time, over two CMS processes`)
  const loaded = await pnpm(ctx, 'load', ['--filter', 'cms', 'bench:load', '--requests', String(requests), '--concurrency', '8'], { env, showStderr: true })
  const load = lastJsonLine<LoadResult>('load', loaded.stdout)
  log(`   ${load.stored}/${load.requests} stored once; p50 ${load.p50Ms} ms, p95 ${load.p95Ms} ms`)
  return load
}
