import { parseArgs } from 'node:util'

export const USAGE =
  'usage: pnpm bench [--brands 5] [--articles 2000] [--runs 3] [--import-posts 1000] [--keep] [--skip-hugo] [--skip-http] [--skip-lighthouse] [--skip-import] [--load-requests 200] [--skip-load]'

/** The bench's command-line options, checked. */
export interface BenchOptions {
  brands: number
  /** Articles per brand. */
  articles: number
  runs: number
  importPosts: number
  loadRequests: number
  keep: boolean
  skipHugo: boolean
  skipHttp: boolean
  skipLighthouse: boolean
  skipImport: boolean
  skipLoad: boolean
}

/** Thrown for bad usage; the message ends with the usage line. */
export class UsageError extends Error {}

/** Reads the options from `args`; throws a {@link UsageError} naming the bad one. */
export function parseOptions(args: string[]): BenchOptions {
  let values
  try {
    values = parseArgs({
      args,
      options: {
        brands: { type: 'string', default: '5' },
        articles: { type: 'string', default: '2000' },
        runs: { type: 'string', default: '3' },
        'import-posts': { type: 'string', default: '1000' },
        keep: { type: 'boolean', default: false },
        'skip-hugo': { type: 'boolean', default: false },
        'skip-http': { type: 'boolean', default: false },
        'skip-lighthouse': { type: 'boolean', default: false },
        'skip-import': { type: 'boolean', default: false },
        'load-requests': { type: 'string', default: '200' },
        'skip-load': { type: 'boolean', default: false },
      },
    }).values
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`)
  }
  const integer = (name: string, raw: string, min: number) => {
    const value = Number(raw)
    if (!Number.isInteger(value) || value < min) throw new UsageError(`--${name} must be an integer ≥ ${min}, got "${raw}"\n${USAGE}`)
    return value
  }
  return {
    brands: integer('brands', values.brands, 1),
    articles: integer('articles', values.articles, 1),
    runs: integer('runs', values.runs, 1),
    importPosts: integer('import-posts', values['import-posts'], 1),
    loadRequests: integer('load-requests', values['load-requests'], 1),
    keep: values.keep,
    skipHugo: values['skip-hugo'],
    skipHttp: values['skip-http'],
    skipLighthouse: values['skip-lighthouse'],
    skipImport: values['skip-import'],
    skipLoad: values['skip-load'],
  }
}
