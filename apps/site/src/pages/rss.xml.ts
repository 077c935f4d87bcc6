import rss from '@astrojs/rss'
import type { APIRoute } from 'astro'
import { articleFeed } from '../lib/articleFeed'
import { loadSite } from '../lib/loadSite'

export const GET: APIRoute = async () => rss(articleFeed(await loadSite(), import.meta.env.BASE_URL))
