import { describe, expect, it } from 'vitest'
import { namesReplicaSet, parseMongoUri, withMongoDatabase } from './mongoUri'

describe('withMongoDatabase', () => {
  it.each([
    ['a single host', 'mongodb://localhost:27017', 'mongodb://localhost:27017/cms_test'],
    ['a single host with a trailing slash', 'mongodb://localhost:27017/', 'mongodb://localhost:27017/cms_test'],
    ['an existing database name', 'mongodb://localhost:27017/clinic-cms', 'mongodb://localhost:27017/cms_test'],
    [
      'several hosts and a replica set',
      'mongodb://a.db.example:27017,b.db.example:27017,c.db.example/?replicaSet=rs0&readPreference=primary',
      'mongodb://a.db.example:27017,b.db.example:27017,c.db.example/cms_test?replicaSet=rs0&readPreference=primary',
    ],
    ['options without a slash before them', 'mongodb://localhost:27017?replicaSet=rs0', 'mongodb://localhost:27017/cms_test?replicaSet=rs0'],
    [
      'an SRV string with credentials and a database',
      'mongodb+srv://cms:s3cr%40t@cluster0.db.example/clinic-cms?retryWrites=true&w=majority',
      'mongodb+srv://cms:s3cr%40t@cluster0.db.example/cms_test?retryWrites=true&w=majority&authSource=clinic-cms',
    ],
    ['credentials without a database', 'mongodb://cms:pw@localhost:27017', 'mongodb://cms:pw@localhost:27017/cms_test?authSource=admin'],
    [
      'credentials with their own authSource',
      'mongodb://cms:pw@a.db.example,b.db.example/clinic-cms?authSource=users&replicaSet=rs0',
      'mongodb://cms:pw@a.db.example,b.db.example/cms_test?authSource=users&replicaSet=rs0',
    ],
  ])('names another database in %s, keeping hosts, credentials and options', (_, uri, expected) => {
    expect(withMongoDatabase(uri, 'cms_test')).toBe(expected)
  })

  it('refuses what is not a MongoDB connection string, saying what one looks like', () => {
    expect(() => withMongoDatabase('postgres://localhost/db', 'x')).toThrow(/mongodb:\/\/host/)
    expect(() => withMongoDatabase('mongodb://a:27017,,b:27017/db', 'x')).toThrow(/empty entry/)
  })
})

describe('parseMongoUri', () => {
  it('lists every host and keeps encoded credentials as written', () => {
    const parts = parseMongoUri('mongodb://us%3Aer:p%2Fw@a:1,b:2,c:3/clinic%20cms?replicaSet=rs0')
    expect(parts).toMatchObject({ scheme: 'mongodb', credentials: 'us%3Aer:p%2Fw', hosts: ['a:1', 'b:2', 'c:3'], database: 'clinic cms' })
    expect(parts.options.get('replicaSet')).toBe('rs0')
  })
})

describe('namesReplicaSet', () => {
  it.each([
    ['mongodb://localhost:27017/clinic-cms', false],
    ['mongodb://localhost:27017/clinic-cms?replicaSet=', false],
    ['mongodb://localhost:27017/clinic-cms?directConnection=true', false],
    ['mongodb://localhost:27017/clinic-cms?replicaSet=rs0', true],
    ['mongodb://a:27017,b:27017/?replicaSet=rs0', true],
    ['mongodb+srv://cms:pw@cluster0.db.example/clinic-cms', true],
  ])('%s: %s', (uri, expected) => {
    expect(namesReplicaSet(uri)).toBe(expected)
  })
})
