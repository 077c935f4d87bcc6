/** A `tel:` link for a phone number as a visitor typed it: digits and a leading +, nothing else. */
export function telHref(phone: string): string | null {
  const digits = phone.trim().replace(/(?!^\+)[^\d]/g, '')
  return /\d/.test(digits) ? `tel:${digits}` : null
}

/** A `mailto:` link for one address; anything that would add headers (?, &, line breaks) is encoded. */
export function mailtoHref(email: string): string | null {
  const address = email.trim()
  const at = address.lastIndexOf('@')
  if (at < 1 || at === address.length - 1) return null
  return `mailto:${encodeURIComponent(address.slice(0, at))}@${encodeURIComponent(address.slice(at + 1))}`
}
