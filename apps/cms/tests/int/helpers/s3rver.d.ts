/*
 * The part of s3rver (a local S3-compatible server, a development dependency) the tests use;
 * the package ships no types.
 */
declare module 's3rver' {
  import type { Server } from 'node:http'
  import type { AddressInfo } from 'node:net'

  interface S3rverOptions {
    /** Interface to listen on. */
    address?: string
    /** 0: a free port, reported by `run()`. */
    port?: number
    /** No request log on stdout. */
    silent?: boolean
    /** Where buckets and objects are kept, one folder per bucket. */
    directory: string
    /** Buckets created by `run()`. */
    configureBuckets?: { name: string }[]
  }

  export default class S3rver {
    constructor(options: S3rverOptions)
    /** Creates the configured buckets and starts listening. */
    run(): Promise<AddressInfo>
    close(): Promise<void>
    /** The listening server, once `run()` resolved. */
    httpServer?: Server
  }
}
