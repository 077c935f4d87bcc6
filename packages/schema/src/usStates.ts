import { z } from 'zod'

/** Two-letter USPS codes of the 50 states and the District of Columbia, with their names. */
export const US_STATES = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California',
  CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
  IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana',
  ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
  MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada',
  NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon',
  PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia',
  WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
} as const

export type UsStateCode = keyof typeof US_STATES

/** Every state code, in alphabetical order of the code. */
export const US_STATE_CODES = Object.keys(US_STATES).sort() as [UsStateCode, ...UsStateCode[]]

/** A two-letter USPS state code such as `AZ`. */
export const UsStateSchema = z.enum(US_STATE_CODES, {
  error: (issue) => `"${String(issue.input)}" is not a US state code (two capital letters, e.g. AZ)`,
})

/** The full name of a state code: `stateName('OR')` is `Oregon`. */
export function stateName(code: UsStateCode): string {
  return US_STATES[code]
}
