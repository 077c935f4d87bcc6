/**
 * The two tiny HTTP servers of a run: the CMS media files (what Astro downloads while it builds)
 * and the built brand sites (what the browser tests visit), the latter being the site's own
 * preview server. Each is bound to 127.0.0.1 on a free port and stopped through its handle.
 */
import path from 'node:path'
import { type RunningServer, isFile, listen, sendFile, sendText } from 'site/testing'

export { type RunningServer, startSiteServer } from 'site/testing'

/** Serves `<mediaDir>/<name>` at `/api/media/file/<name>`, like the CMS does; 404 otherwise. */
export function startMediaServer(mediaDir: string): Promise<RunningServer> {
  const prefix = '/api/media/file/'
  return listen('media', async (request, response, pathname) => {
    const name = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : ''
    // One file name, no folders: nothing outside mediaDir can be asked for.
    const file = path.join(mediaDir, name)
    if (name === '' || name !== path.basename(name) || !(await isFile(file))) {
      sendText(response, 404, `Not found: ${pathname}`)
      return
    }
    sendFile(request, response, file)
  })
}

