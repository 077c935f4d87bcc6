import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/**
 * The database adapter `adapterObj` with `change` applied to the adapter Payload initialises from
 * it: the one shape of the CMS's adapter wrappers (atomic job claims, slug clash messages, the
 * SQLite busy timeout), which replace some of the adapter's methods with their own.
 */
export function afterAdapterInit(adapterObj: DatabaseAdapterObj, change: (adapter: BaseDatabaseAdapter) => void): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init(args) {
      const adapter = adapterObj.init(args)
      change(adapter)
      return adapter
    },
  }
}
