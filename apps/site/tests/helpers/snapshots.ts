import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { BrandSnapshotInput } from '@clinic/schema'
import { makeValidSnapshot } from '@clinic/schema/testing'

export { makeValidSnapshot }

/** A second valid brand: the fixture re-labelled, so a multi-brand build has two distinct sites. */
export function makeSecondBrandSnapshot(): BrandSnapshotInput {
  const snapshot = makeValidSnapshot()
  snapshot.brand = {
    ...snapshot.brand,
    id: '2',
    name: 'Cedar Point Rehab',
    slug: 'cedar-point-rehab',
    domain: 'www.cedar-point-rehab.example',
    theme: { primary: '#2d6a4f', accent: '#e9c46a', background: '#ffffff', text: '#222222' },
    logo: snapshot.brand.logo ? { ...snapshot.brand.logo, alt: 'Cedar Point Rehab logo: a cedar tree' } : null,
  }
  snapshot.clinics = snapshot.clinics.map((clinic) => ({ ...clinic, brand: '2', name: clinic.name.replace('Harbor Lane Physio', 'Cedar Point Rehab') }))
  return snapshot
}

/** A fresh folder under the OS temp dir; tests never write into apps/site/dist. */
export function makeTempDir(label: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `site-test-${label}-`))
}

/** Writes each snapshot as `<dir>/<brand slug>.json`, as the CMS snapshot CLI does. */
export async function writeSnapshots(dir: string, snapshots: readonly BrandSnapshotInput[]): Promise<void> {
  await mkdir(dir, { recursive: true })
  for (const snapshot of snapshots) await writeFile(path.join(dir, `${snapshot.brand.slug}.json`), JSON.stringify(snapshot, null, 2))
}

/** Names of leftover temporary build folders in an output root. */
export async function leftoverWorkDirs(outRoot: string): Promise<string[]> {
  return (await readdir(outRoot)).filter((name) => name.startsWith('.building-'))
}
