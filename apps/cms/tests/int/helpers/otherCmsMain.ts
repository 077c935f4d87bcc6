import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import { getPayload } from 'payload'
import config from '../../../src/payload.config'
import { announcePeerAddressHeader } from '../../../src/security/peerAddress'
import type { OtherCmsReply, OtherCmsRequest } from './otherCms'

/*
 * A second CMS process for the integration tests (started by ./otherCms.ts with the parent's
 * environment, so on the same database): it answers requests sent over IPC through Payload's
 * real REST handler, as the Next route does, and stops when the parent disconnects.
 */

const payload = await getPayload({ config, cron: false })
// As the CMS server does (src/server/main.ts): the peer-address header is set by the server.
announcePeerAddressHeader()
const handlers = { GET: REST_GET(config), POST: REST_POST(config) }

async function answer(message: OtherCmsRequest): Promise<OtherCmsReply> {
  try {
    const request = new Request(`http://cms.test/api${message.pathname}`, { method: message.method, headers: message.headers, body: message.body ?? null })
    const slug = message.pathname.split('?')[0]?.split('/').filter(Boolean) ?? []
    const response = await handlers[message.method](request, { params: Promise.resolve({ slug }) })
    return { id: message.id, status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() }
  } catch (error) {
    return { id: message.id, status: 0, headers: {}, body: error instanceof Error ? (error.stack ?? error.message) : String(error) }
  }
}

process.on('message', (message: OtherCmsRequest) => {
  void answer(message).then((reply) => process.send?.(reply))
})
process.on('disconnect', () => {
  void payload.destroy().finally(() => process.exit(0))
})
process.send?.({ ready: true })
