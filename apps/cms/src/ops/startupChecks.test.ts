import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import type { Env } from '../env'
import { checkDatabaseAtStart, mongoTransactionsWarning } from './startupChecks'

/** A started Payload on MongoDB, as far as the check looks at it: the driver's replica set name. */
function mongoPayload(replicaSet: string | undefined, logged: { level: string; message: string }[]): Payload {
  const log = (level: string) => (message: string) => logged.push({ level, message })
  return {
    db: { name: 'mongoose', connection: { getClient: () => ({ options: { replicaSet } }) } },
    logger: { info: log('info'), warn: log('warn') },
  } as unknown as Payload
}

const mongoEnv = (uri: string) => ({ databaseKind: 'mongodb', DATABASE_URI: uri }) as Env

describe('checkDatabaseAtStart', () => {
  it('warns that transactions are off when MongoDB runs without a replica set, and says how to turn them on', async () => {
    const logged: { level: string; message: string }[] = []
    await checkDatabaseAtStart(mongoPayload(undefined, logged), mongoEnv('mongodb://cms:secret-password@localhost:27017/clinic-cms'))
    expect(logged).toHaveLength(1)
    expect(logged[0]?.level).toBe('warn')
    expect(logged[0]?.message).toMatch(/transactions are off/)
    expect(logged[0]?.message).toMatch(/\?replicaSet=rs0/)
    expect(logged[0]?.message).toMatch(/rs\.initiate\(\)/)
    // The URI's credentials never reach the log.
    expect(logged[0]?.message).not.toContain('secret-password')
  })

  it('says transactions are on when the driver knows the replica set', async () => {
    const logged: { level: string; message: string }[] = []
    await checkDatabaseAtStart(mongoPayload('rs0', logged), mongoEnv('mongodb://a:27017,b:27017/clinic-cms?replicaSet=rs0'))
    expect(logged).toEqual([{ level: 'info', message: 'MongoDB transactions are on (replica set rs0).' }])
  })

  it('says nothing on SQLite', async () => {
    const logged: { level: string; message: string }[] = []
    await checkDatabaseAtStart(mongoPayload(undefined, logged), { databaseKind: 'sqlite', DATABASE_URI: 'file:./data/cms.db' } as Env)
    expect(logged).toEqual([])
  })
})

describe('mongoTransactionsWarning', () => {
  it('blames the SRV record when a mongodb+srv:// host names no replica set', () => {
    expect(mongoTransactionsWarning('mongodb+srv://cluster0.db.example/clinic-cms', undefined)).toMatch(/DNS record of the mongodb\+srv:\/\/ host/)
    expect(mongoTransactionsWarning('mongodb+srv://cluster0.db.example/clinic-cms', 'atlas-abc-shard-0')).toBeNull()
  })
})
