/**
 * The address of the TCP peer of a request, as the CMS server (src/server/main.ts) passes it to
 * the app. Next keeps an `X-Forwarded-For` header that a client sent and only fills it in from the
 * socket when it is missing, so the socket address is not otherwise available to route handlers.
 * The server removes any copy of this header a client sent before setting it.
 */
export const PEER_ADDRESS_HEADER = 'x-cms-peer-address'

// Shared through globalThis: the server and the app's bundled modules are separate module
// instances in one process.
const SERVER_MARK = Symbol.for('clinic-cms.peer-address-header')

/** Called by the CMS server before it takes requests: from now on {@link PEER_ADDRESS_HEADER} can be trusted. */
export function announcePeerAddressHeader(): void {
  ;(globalThis as Record<symbol, unknown>)[SERVER_MARK] = true
}

/**
 * Whether this process runs behind the CMS server, which sets {@link PEER_ADDRESS_HEADER} on every
 * request. Under a bare `next start` it does not, and a client could send the header itself.
 */
export function peerAddressHeaderIsTrusted(): boolean {
  return (globalThis as Record<symbol, unknown>)[SERVER_MARK] === true
}
