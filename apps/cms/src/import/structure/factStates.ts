import type { UsStateCode } from '@clinic/schema'
import type { Found } from './factAmounts'
import { findStates } from './usStateNames'

/** A statement that a therapy is not offered somewhere: "is not offered", "isn't available", "not permitted"… */
const NOT_OFFERED =
  /(?:\bnot|n['’]t|\bno longer|\bcannot)\s+(?:be\s+)?(?:currently\s+)?(?:offered|available|permitted|allowed|legal|provided|performed|practi[cs]ed)\b|\b(?:do|does|can)\s*(?:not|n['’]t)\s+(?:currently\s+)?(?:offer|provide|perform)\b|\b(?:unavailable|prohibited|illegal|banned)\b/i

/** Where a sentence turns to another statement: states named after it are not part of the notice. */
const CLAUSE_BREAK = /;|\s[–—]\s|\b(?:but|however|although|though|whereas|while|yet|except|unlike)\b/i

/**
 * The states a sentence says a therapy is not offered in: "is not offered in Oregon or
 * California", "isn't available in OR, CA and HI", "not permitted in New York". Only states in the
 * clause of the notice count ("…not offered in Oregon, but it is in Washington" gives OR). The
 * offset is the notice's, for telling which therapy it is about.
 */
export function findStatesNotOffered(sentence: string): Found<UsStateCode[]>[] {
  const found: Found<UsStateCode[]>[] = []
  let offset = 0
  for (const clause of sentence.split(CLAUSE_BREAK)) {
    const start = sentence.indexOf(clause, offset)
    offset = start + clause.length
    const notice = NOT_OFFERED.exec(clause)
    const codes = notice ? [...new Set(findStates(clause).map((state) => state.code))] : []
    if (notice && codes.length > 0) found.push({ value: codes, index: start + notice.index })
  }
  return found
}
