import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'
import { describe, expect, it } from 'vitest'
import { assignObjectFolder, clearUploadFolder } from './objectFolder'

type OperationArgs = Parameters<CollectionBeforeOperationHook>[0]
type ChangeArgs = Parameters<CollectionBeforeChangeHook>[0]

const file = { data: Buffer.from('image'), mimetype: 'image/png', name: 'knee.png', size: 5 }
const beforeOperation = (operation: string, data: Record<string, unknown>, withFile: boolean) =>
  clearUploadFolder({ operation, args: { data }, req: { file: withFile ? file : undefined } } as unknown as OperationArgs) as { data: Record<string, unknown> }
const beforeChange = (operation: 'create' | 'update', data: Record<string, unknown>, withFile: boolean) =>
  assignObjectFolder({ operation, data, req: { file: withFile ? file : undefined } } as unknown as ChangeArgs) as Record<string, unknown>

describe('clearUploadFolder', () => {
  it('drops the folder a caller sends with a new file', () => {
    for (const [operation, withFile] of [
      ['create', true],
      ['create', false],
      ['update', true],
    ] as const) {
      const { data } = beforeOperation(operation, { alt: 'Knee', prefix: 'media/0a1b' }, withFile)
      expect(data, `${operation} ${withFile ? 'with' : 'without'} a file`).toEqual({ alt: 'Knee', prefix: undefined })
      // Present and undefined: Payload does not restore the stored folder over it.
      expect(Object.hasOwn(data, 'prefix')).toBe(true)
    }
  })

  it('leaves updates without a file and other operations alone', () => {
    expect(beforeOperation('update', { alt: 'Knee' }, false).data).toEqual({ alt: 'Knee' })
    expect(beforeOperation('delete', { prefix: 'media/0a1b' }, true).data).toEqual({ prefix: 'media/0a1b' })
  })
})

describe('assignObjectFolder', () => {
  it('gives every new file a new folder', () => {
    const created = beforeChange('create', { alt: 'Knee', prefix: 'media' }, true)
    const replaced = beforeChange('update', { alt: 'Knee', prefix: created.prefix }, true)
    expect(created.prefix).toMatch(/^media\/[0-9a-f]{32}$/)
    expect(replaced.prefix).toMatch(/^media\/[0-9a-f]{32}$/)
    expect(replaced.prefix).not.toBe(created.prefix)
    expect(created.alt).toBe('Knee')
  })

  it('keeps the folder of an image whose file stays', () => {
    expect(beforeChange('update', { alt: 'New alt', prefix: 'media/0a1b' }, false)).toEqual({ alt: 'New alt', prefix: 'media/0a1b' })
  })
})
