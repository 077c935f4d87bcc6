import { parseArgs } from 'node:util'

/** What `build-brands.ts` was asked to do. */
export interface CliArgs {
  /** Brand slugs to build, in the order given; empty means every brand the source has. */
  brands: string[]
  /** `--snapshot-dir`, as given (resolved later against apps/site). */
  snapshotDir: string | null
  /** `--full`: ignore the build caches and render every page. */
  full: boolean
  help: boolean
}

/** The `--help` text. */
export const USAGE = `Usage: tsx scripts/build-brands.ts [--brand <slug>[,<slug>…]]… [--snapshot-dir <dir>]

Builds each brand's static site into <SITE_OUT_DIR>/<brand>/ from a validated snapshot.

  --brand <slug>        build only these brands (repeatable, or a comma-separated list)
  --snapshot-dir <dir>  read <brand>.json files from <dir> instead of the CMS
                        (overrides SNAPSHOT_DIR; relative to apps/site)
  --full                render every page, ignoring and resetting the build caches
                        (<SITE_OUT_DIR>/.cache/<brand>/); by default a brand whose
                        snapshot and site code are unchanged is not rebuilt, and only
                        pages whose content changed are rendered again
  -h, --help            show this help

Snapshot source, first that applies: --snapshot-dir, SNAPSHOT_DIR, CMS_URL (+ CMS_BUILD_TOKEN).`

/** Parses the command line; throws with the usage text on unknown options or missing values. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let values
  try {
    ;({ values } = parseArgs({
      args: [...argv],
      options: {
        brand: { type: 'string', multiple: true },
        'snapshot-dir': { type: 'string' },
        full: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }))
  } catch (error) {
    throw new Error(`${(error as Error).message}\n\n${USAGE}`, { cause: error })
  }
  const brands = (values.brand ?? [])
    .flatMap((value) => value.split(','))
    .map((slug) => slug.trim())
    .filter((slug) => slug !== '')
  const snapshotDir = values['snapshot-dir']
  if (snapshotDir !== undefined && snapshotDir.trim() === '') throw new Error(`--snapshot-dir needs a directory\n\n${USAGE}`)
  return { brands: [...new Set(brands)], snapshotDir: snapshotDir ?? null, full: values.full ?? false, help: values.help ?? false }
}
