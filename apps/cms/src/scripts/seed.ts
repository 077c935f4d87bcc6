/**
 * Seeds the demo network: `pnpm --filter cms seed [--if-empty]`.
 * With --if-empty it does nothing when any brand exists (the demo command uses this).
 */
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'
import config from '../payload.config'
import { env } from '../env'
import { demoNetwork } from '../seed/data'
import { demoEditorEmail, seedNetwork } from '../seed/seedNetwork'
import { DEMO_REVIEW_REQUIRED, demoReviewerEmail } from '../review/seedReviewers'

const { values } = parseArgs({ options: { 'if-empty': { type: 'boolean', default: false } } })

const payload = await getPayload({ config })
try {
  const brands = await payload.count({ collection: 'brands', overrideAccess: true })
  if (values['if-empty'] && brands.totalDocs > 0) {
    console.log(`› Database already has ${brands.totalDocs} brand(s); seed skipped.`)
  } else {
    const started = performance.now()
    const result = await seedNetwork(payload, demoNetwork, {
      admin: { email: env.DEMO_ADMIN_EMAIL, password: env.DEMO_ADMIN_PASSWORD },
      editors: { password: env.DEMO_EDITOR_PASSWORD },
      reviewers: { password: env.DEMO_EDITOR_PASSWORD },
      log: (line) => console.log(`› seeding ${line}`),
    })
    const made = Object.entries(result.created).map(([collection, count]) => `${count} ${collection}`)
    console.log(`› Seed finished in ${((performance.now() - started) / 1000).toFixed(1)} s: ${made.length > 0 ? `created ${made.join(', ')}` : 'nothing new to create'}.`)
  }
  console.log(`› Demo login: ${env.DEMO_ADMIN_EMAIL} / ${env.DEMO_ADMIN_PASSWORD} (network admin)`)
  console.log(`› Brand editors: ${demoNetwork.brands.map((brand) => demoEditorEmail(brand.slug)).join(', ')} / ${env.DEMO_EDITOR_PASSWORD}`)
  console.log(`› Clinical reviewers: ${demoNetwork.brands.map((brand) => demoReviewerEmail(brand.slug)).join(', ')} / ${env.DEMO_EDITOR_PASSWORD} (${DEMO_REVIEW_REQUIRED} requires clinical review)`)
} catch (error) {
  console.error('✖ Seeding failed:', error instanceof Error ? error.message : error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit()
