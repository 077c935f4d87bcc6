import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectInputs } from './inputFiles'

describe('collectInputs (the command line\'s files and folders)', () => {
  let dir: string
  const limits = { maxInputBytes: 1024, maxImageBytes: 512 }

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'import-inputs-'))
    const write = async (name: string, size: number) => {
      await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true })
      await fs.writeFile(path.join(dir, name), Buffer.alloc(size, 0x20))
    }
    await write('site/export.xml', 100)
    await write('site/posts/neck.html', 100)
    await write('site/posts/neck_files/desk.jpg', 100)
    await write('site/posts/notes.txt', 100)
    await write('site/.git/config.xml', 100)
    await write('site/huge.zip', 2048)
    await write('site/posts/neck_files/poster.png', 1024)
    await write('single.htm', 50)
  })
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true })
  })

  it('reads a folder\'s posts and images, named from the folder, leaving out hidden entries and other files', async () => {
    const found = await collectInputs([path.join(dir, 'site'), path.join(dir, 'single.htm')], limits)
    expect(found.files.map((file) => file.name)).toEqual(['export.xml', 'posts/neck.html', 'single.htm'])
    expect(found.images.map((file) => file.name)).toEqual(['posts/neck_files/desk.jpg'])
  })

  it('leaves out what is over the limits, saying why', async () => {
    const found = await collectInputs([path.join(dir, 'site')], limits)
    expect(found.problems).toHaveLength(2)
    expect(found.problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/huge\.zip is left out: .*IMPORT_MAX_INPUT_MB/), expect.stringMatching(/poster\.png is left out: .*IMPORT_MAX_IMAGE_MB/)]),
    )
  })

  it('says when a path does not exist or is not an import file', async () => {
    const found = await collectInputs([path.join(dir, 'missing'), path.join(dir, 'site/posts/notes.txt')], limits)
    expect(found.files).toEqual([])
    expect(found.problems).toEqual([expect.stringMatching(/missing does not exist/), expect.stringMatching(/notes\.txt is not a \.xml, \.html or \.zip file/)])
  })
})
