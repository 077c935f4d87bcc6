import type { SanitizedConfig } from 'payload'

/**
 * Access to Payload's document locks (`payload-locked-documents`, which Payload adds to the
 * config itself, so it can only be adjusted on the sanitized config).
 */
export function restrictDocumentLocks(config: SanitizedConfig): SanitizedConfig {
  return config
}
