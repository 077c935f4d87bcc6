/** Where brand snapshots come from: the CMS over HTTP, or a folder of files. */
export interface SnapshotSource {
  /** For progress output, e.g. `CMS at https://cms.example.com/`. */
  readonly description: string
  /** Slugs of every brand this source has a snapshot for. */
  listBrands(signal?: AbortSignal): Promise<string[]>
  /** One brand's snapshot as parsed JSON, not yet validated. */
  readSnapshot(slug: string, signal?: AbortSignal): Promise<unknown>
}
