import type { Payload } from 'payload'
import type { Env } from '../env'

/** Logs what an operator must know about the database at start (e.g. MongoDB without transactions). */
export async function checkDatabaseAtStart(_payload: Payload, _env: Env): Promise<void> {}
