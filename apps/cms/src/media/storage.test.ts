import { describe, expect, it } from 'vitest'
import { s3ClientConfig } from './storage'

const s3 = { bucket: 'clinic-media', region: 'eu-central-1', accessKeyId: 'key-id', secretAccessKey: 'key-secret', publicUrl: 'https://media.example.com' }

describe('s3ClientConfig', () => {
  it('talks to AWS by region when there is no S3_ENDPOINT', () => {
    expect(s3ClientConfig({ ...s3, endpoint: null })).toEqual({ region: 'eu-central-1', credentials: { accessKeyId: 'key-id', secretAccessKey: 'key-secret' } })
  })

  it('talks to an S3-compatible service at S3_ENDPOINT with path-style URLs and plain (not aws-chunked) uploads', () => {
    expect(s3ClientConfig({ ...s3, endpoint: 'https://s3.storage.example' })).toMatchObject({
      endpoint: 'https://s3.storage.example',
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    })
  })
})
