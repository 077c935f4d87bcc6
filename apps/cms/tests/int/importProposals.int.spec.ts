import fs from 'node:fs/promises'
import path from 'node:path'
import type { ImportTherapyFact } from '@clinic/schema'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProposalDecisionAnswer, ProposalsAnswer } from '../../src/import/proposals/types'
import type { ImportLimits } from '../../src/import/types'
import type { Brand } from '../../src/payload-types'
import { minimalDocument } from './helpers/contentDocuments'
import { type ImageServer, startImageServer } from './helpers/imageServer'
import { type Person, apiKeyAuth, createBrandsAndPeople } from './helpers/people'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * The therapy facts an import proposes, decided by an editor (src/import/proposals/) through
 * Payload's REST handler: listed with the therapy's current value, applied to the therapy's draft
 * only (the live therapy is unchanged until an editor publishes), dismissed, decided once, and
 * only by those who may publish therapies of the import's brand.
 */

type Id = number | string
type Doc = Record<string, unknown> & { id: Id }

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/import/wordpress-magazine-theme.html')
const LIMITS: ImportLimits = { maxInputBytes: 5 * 1024 * 1024, maxPosts: 10, maxImageBytes: 2 * 1024 * 1024, imageTimeoutMs: 1_000 }

describe.skipIf(skipDatabase)('proposed therapy facts of an import', () => {
  let cms: TestCms
  let payload: Payload
  let images: ImageServer
  let brandA: Brand
  let importId: Id
  let restRequest: typeof import('./helpers/rest').restRequest
  let people: Record<'editorA' | 'contributorA' | 'editorB', Person>
  const proposalsPath = () => `/imports/${importId}/proposals`

  const list = async (who: Person) => restRequest('GET', proposalsPath(), { headers: apiKeyAuth(who) })
  const decide = async (who: Person, body: unknown) => restRequest('POST', proposalsPath(), { headers: apiKeyAuth(who), body })
  const therapyNamed = async (name: string, draft: boolean): Promise<Doc> => {
    const found = await payload.find({ collection: 'therapies', where: { name: { equals: name } }, draft, depth: 0, limit: 1, overrideAccess: true })
    const [doc] = found.docs as unknown as Doc[]
    if (!doc) throw new Error(`no therapy ${name}`)
    return doc
  }
  /** The index of the first proposal matching `match`, as the list answers it. */
  const findFact = (answer: ProposalsAnswer, match: (fact: ImportTherapyFact) => boolean) => {
    for (const post of answer.posts) {
      const view = post.facts.find((entry) => match(entry.proposal))
      if (view) return { post: post.post, fact: view.fact, view }
    }
    throw new Error(`no such proposal in ${JSON.stringify(answer.posts)}`)
  }

  beforeAll(async () => {
    cms = await startPayload()
    payload = cms.payload
    payload.logger.level = 'silent'
    images = await startImageServer()
    // Loaded after startPayload: both read the environment (the test database's) when first loaded.
    ;({ restRequest } = await import('./helpers/rest'))
    const { runImport } = await import('../../src/import/runImport')
    ;({ brands: { a: brandA }, people } = await createBrandsAndPeople(payload, {
      domain: 'import-proposals.example',
      brands: { a: 'Harbor Ridge Physio', b: 'Linden Court Physio' },
      people: { editorA: { role: 'editor', brands: ['a'] }, contributorA: { role: 'contributor', brands: ['a'] }, editorB: { role: 'editor', brands: ['b'] } },
    }))
    for (const name of ['Dry needling', 'Massage therapy', 'Acupuncture']) {
      await payload.create({ collection: 'therapies', overrideAccess: true, data: { ...minimalDocument('therapies', name, [brandA.id]), _status: 'published' } as never })
    }
    const result = await runImport(payload, {
      brand: String(brandA.slug),
      files: [{ name: 'wordpress-magazine-theme.html', bytes: new Uint8Array(await fs.readFile(FIXTURE)) }],
      dryRun: false,
      overwritePublished: false,
      user: null,
      limits: LIMITS,
      imagesFrom: { kind: 'url', url: new URL(images.url) },
      trustedImageSources: true,
    })
    if (result.importId === null) throw new Error(`the fixture did not import: ${JSON.stringify(result.report.errors)}`)
    importId = result.importId
  })
  afterAll(async () => {
    await images?.close()
    await cms?.stop()
  })

  it('lists each proposal with the quote and the therapy\'s current value', async () => {
    const response = await list(people.editorA)
    expect(response.status).toBe(200)
    const answer = (await response.json()) as ProposalsAnswer
    expect(answer.mayDecide).toBe(true)
    const { view } = findFact(answer, (fact) => fact.therapy === 'Dry needling' && fact.field === 'notOfferedInStates')
    expect(view.proposal.value).toEqual(expect.arrayContaining(['OR', 'CA']))
    expect(view.proposal.quote).not.toBe('')
    expect(view.therapy).toMatchObject({ name: 'Dry needling', value: [] })
    expect(view.decision).toBeNull()
  })

  it('lets a contributor read the proposals but not apply or dismiss them', async () => {
    const answer = (await (await list(people.contributorA)).json()) as ProposalsAnswer
    expect(answer.mayDecide).toBe(false)
    const { post, fact } = findFact(answer, (entry) => entry.field === 'notOfferedInStates')
    const before = await therapyNamed('Dry needling', true)
    for (const action of ['apply', 'dismiss']) {
      const response = await decide(people.contributorA, { post, fact, action })
      expect(response.status).toBe(403)
    }
    expect(await therapyNamed('Dry needling', true)).toEqual(before)
  })

  it('hides the import from an editor of another brand', async () => {
    expect((await list(people.editorB)).status).toBe(404)
    const response = await decide(people.editorB, { post: 0, fact: 0, action: 'apply' })
    expect(response.status).toBe(404)
    expect((await therapyNamed('Dry needling', true)).notOfferedInStates).toEqual([])
  })

  it('applies a proposal to the therapy\'s draft only, and only once', async () => {
    const answer = (await (await list(people.editorA)).json()) as ProposalsAnswer
    const { post, fact } = findFact(answer, (entry) => entry.therapy === 'Dry needling' && entry.field === 'notOfferedInStates')
    const response = await decide(people.editorA, { post, fact, action: 'apply' })
    expect(response.status).toBe(200)
    const body = (await response.json()) as ProposalDecisionAnswer
    expect(body.decision.action).toBe('apply')
    expect(body.therapy?.value).toEqual(expect.arrayContaining(['OR', 'CA']))

    const draft = await therapyNamed('Dry needling', true)
    expect(draft._status).toBe('draft')
    expect(draft.notOfferedInStates).toEqual(expect.arrayContaining(['OR', 'CA']))
    const live = await therapyNamed('Dry needling', false)
    expect(live._status).toBe('published')
    expect(live.notOfferedInStates).toEqual([])

    const record = (await payload.findByID({ collection: 'imports', id: importId, depth: 0, overrideAccess: true })) as unknown as Doc
    expect((record.proposalDecisions as Record<string, unknown>)[`${post}:${fact}`]).toMatchObject({ action: 'apply', therapyId: draft.id })

    const again = await decide(people.editorA, { post, fact, action: 'apply' })
    expect(again.status).toBe(409)
    const listed = findFact((await (await list(people.editorA)).json()) as ProposalsAnswer, (entry) => entry.therapy === 'Dry needling' && entry.field === 'notOfferedInStates')
    expect(listed.view.decision?.action).toBe('apply')
    expect(listed.view.therapy?.value).toEqual(expect.arrayContaining(['OR', 'CA']))
  })

  it('dismisses a proposal without changing the therapy', async () => {
    const answer = (await (await list(people.editorA)).json()) as ProposalsAnswer
    const { post, fact, view } = findFact(answer, (entry) => !(entry.therapy === 'Dry needling' && entry.field === 'notOfferedInStates'))
    const name = view.therapy?.name ?? view.proposal.therapy
    const before = view.therapy ? await therapyNamed(name, true) : null
    const response = await decide(people.editorA, { post, fact, action: 'dismiss' })
    expect(response.status).toBe(200)
    expect(((await response.json()) as ProposalDecisionAnswer).decision.action).toBe('dismiss')
    if (before) expect(await therapyNamed(name, true)).toEqual(before)
    expect((await decide(people.editorA, { post, fact, action: 'apply' })).status).toBe(409)
  })

  it('answers 404 for a proposal the report does not have', async () => {
    const response = await decide(people.editorA, { post: 99, fact: 0, action: 'apply' })
    expect(response.status).toBe(404)
  })
})
