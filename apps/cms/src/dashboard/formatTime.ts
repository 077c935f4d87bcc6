/**
 * A moment as editors of a brand read it: in the brand's time zone, with the zone's short name
 * ("Dec 3, 2026, 2:05 PM MST"), so that Arizona's and Boston's teams each see their own clock.
 */
export function formatInZone(iso: string, timeZone: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(date)
}
