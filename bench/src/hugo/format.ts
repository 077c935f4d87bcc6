/** Wording the Hugo pages share with the site's (apps/site/src/lib/format.ts): money, durations, clock times. */

export const EN_DASH = '–'
export const PLATFORM_NAMES: Record<string, string> = { facebook: 'Facebook', instagram: 'Instagram', linkedin: 'LinkedIn', youtube: 'YouTube', tiktok: 'TikTok', x: 'X' }

/** `$80`, or `$82.50` when there are cents. */
export function money(cents: number): string {
  const whole = cents % 100 === 0
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 }).format(cents / 100)
}

/** `$80–$120`, or one amount when both ends are equal. */
export const costRange = (cost: { minCents: number; maxCents: number }): string => (cost.minCents === cost.maxCents ? money(cost.minCents) : `${money(cost.minCents)}${EN_DASH}${money(cost.maxCents)}`)

/** `30–45 minutes`, or `30 minutes`. */
export function minutesRange(range: { minMinutes: number; maxMinutes: number }): string {
  const unit = range.maxMinutes === 1 ? 'minute' : 'minutes'
  return range.minMinutes === range.maxMinutes ? `${range.minMinutes} ${unit}` : `${range.minMinutes}${EN_DASH}${range.maxMinutes} ${unit}`
}

/** `13:30` → `1:30 PM`. */
export function clockTime(time: string): string {
  const [h = '0', m = '00'] = time.split(':')
  const hours = Number(h)
  return `${hours % 12 === 0 ? 12 : hours % 12}:${m} ${hours < 12 ? 'AM' : 'PM'}`
}

export const capitalise = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' })

/** `es` → `Spanish`, as the site's lib/team.ts `languageName`. */
export const languageName = (tag: string): string => languageNames.of(tag) ?? tag

const monthYearFormat = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** `2026-02-11` → `February 2026` (UTC), as the site's lib/team.ts `formatMonthYear`. */
export const monthYear = (date: string): string => monthYearFormat.format(new Date(`${date}T00:00:00Z`))
