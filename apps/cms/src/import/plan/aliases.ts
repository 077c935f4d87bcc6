/*
 * Other names clinic posts use for the therapies and conditions the network knows. The one place
 * to add a name: keys are the network's own names (lower case); an alias applies only when the
 * brand knows the therapy or condition it names.
 */

/** Therapy name (lower case) → other names posts use for it. */
export const THERAPY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'massage therapy': ['Massage', 'Therapeutic massage', 'Sports massage', 'Deep tissue massage', 'Massage treatment'],
  'dry needling': ['DN', 'Trigger point dry needling', 'Functional dry needling', 'Intramuscular stimulation', 'IMS'],
  'trigger point injection': ['TPI', 'TPIs', 'Trigger point injections', 'Trigger-point injection'],
  acupuncture: ['Traditional acupuncture', 'TCM acupuncture', 'Medical acupuncture'],
  'physical therapy': ['PT', 'Physiotherapy', 'Physical therapist care'],
  'chiropractic care': ['Chiropractic', 'Chiropractic adjustment', 'Spinal manipulation'],
  'cupping therapy': ['Cupping'],
}

/** Condition name (lower case) → other names posts use for it. */
export const CONDITION_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'low back pain': ['Back pain', 'Lower back pain'],
  'tension headaches and migraines': ['Headaches', 'Migraines', 'Tension headaches', 'Headaches and migraines'],
  'tmj disorders': ['TMJ', 'TMJ pain', 'Jaw pain'],
  'tennis elbow': ['Lateral epicondylitis'],
  'frozen shoulder': ['Adhesive capsulitis'],
  'hip and knee pain': ['Hip pain', 'Knee pain'],
  'calf tightness': ['Tight calves'],
}

/** A name as compared: lower case, single spaces, no surrounding punctuation. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”‘’.,:;!?()]+|[\s"'“”‘’.,:;!?()]+$/g, '')
}

/** The aliases of `name` from `table`, or none. */
export function aliasesOf(table: Readonly<Record<string, readonly string[]>>, name: string): string[] {
  return [...(table[nameKey(name)] ?? [])]
}

/** Something the network knows by a name and some aliases, with its document id. */
export interface NamedRef<Id> {
  id: Id
  name: string
  aliases: string[]
}

/**
 * Finds the entry `name` stands for: its own name first, then an alias, compared by
 * {@link nameKey}. An alias shared by two entries names neither.
 */
export function findByName<Id, T extends NamedRef<Id>>(entries: readonly T[], name: string): T | null {
  const key = nameKey(name)
  if (key === '') return null
  const own = entries.find((entry) => nameKey(entry.name) === key)
  if (own) return own
  const byAlias = entries.filter((entry) => entry.aliases.some((alias) => nameKey(alias) === key))
  return byAlias.length === 1 ? (byAlias[0] ?? null) : null
}
