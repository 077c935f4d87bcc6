import { rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countPages } from './count-pages'
import { runAstroBuild } from './run-astro-build'
import { makeTempDir } from '../../tests/helpers/snapshots'

describe('runAstroBuild', () => {
  let tmp: string

  beforeAll(async () => {
    tmp = await makeTempDir('astro')
  })

  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true })
  })

  it('rejects when the Astro child fails, after passing on its output', async () => {
    const lines: string[] = []
    const job = {
      brand: 'harbor-lane-physio',
      snapshotFile: path.join(tmp, 'missing.json'),
      outDir: path.join(tmp, 'site'),
      cacheDir: path.join(tmp, 'cache'),
      site: 'https://www.harbor-lane-physio.example',
      base: '/',
    }

    await expect(runAstroBuild(job, undefined, (line) => lines.push(line))).rejects.toThrow('The Astro build failed (exit code 1); its output is above.')

    expect(lines.join('\n')).toContain(`Cannot read the brand snapshot file ${job.snapshotFile}`)
    expect(await countPages(job.outDir)).toBe(0)
  })
})
