import { isZip } from './unzip'
import { isWxr } from './wxr'

/** What an input turned out to be, by its content (its name may say otherwise). */
export type DetectedInput = { kind: 'zip' } | { kind: 'wxr'; text: string } | { kind: 'html'; text: string } | { kind: 'unknown'; reason: string }

const HTML_MARKUP = /<(!doctype\s+html|html|head|body|article|main|section|div|p|h[1-6]|ul|ol|table|span|a|img|br|figure|blockquote)[\s>/]/i

/**
 * The text of a file: UTF-8 unless a byte-order mark, the XML declaration or an HTML `<meta
 * charset>` near the top says otherwise. Bytes that are not valid in the encoding become U+FFFD.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048))
  const declared = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(declared ?? 'utf-8')
  } catch {
    decoder = new TextDecoder('utf-8') // an encoding name the platform does not know
  }
  return decoder.decode(bytes)
}

/**
 * Tells a zip (by its first bytes), a WordPress export (an RSS document with the WordPress export
 * namespace) and an HTML page apart; anything else is `unknown`, with the reason in words.
 */
export function detectInput(bytes: Uint8Array): DetectedInput {
  if (isZip(bytes)) return { kind: 'zip' }
  if (bytes.length === 0) return { kind: 'unknown', reason: 'The file is empty.' }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return { kind: 'unknown', reason: 'The file is gzip-compressed; unpack it first (WordPress exports are plain .xml files).' }
  const probe = bytes.subarray(0, 4096)
  const utf16 = (probe[0] === 0xff && probe[1] === 0xfe) || (probe[0] === 0xfe && probe[1] === 0xff)
  if (!utf16 && probe.includes(0)) return { kind: 'unknown', reason: 'The file is binary, not a web page (.html), a WordPress export (.xml) or a zip of them.' }

  const text = decodeText(bytes)
  if (isWxr(text)) return { kind: 'wxr', text }
  const start = text.replace(/^\s+/, '').slice(0, 4096)
  if (/^<\?xml/i.test(start) && !/<html[\s>]/i.test(text.slice(0, 4096))) {
    return { kind: 'unknown', reason: 'The file is XML but not a WordPress export (WXR). Export the site with WordPress’s Tools › Export.' }
  }
  if (/^<rss[\s>]/i.test(start) || /^<feed[\s>]/i.test(start)) {
    return { kind: 'unknown', reason: 'The file is a news feed, not a WordPress export (WXR): a feed holds only the latest posts, often shortened. Export the site with WordPress’s Tools › Export.' }
  }
  if (HTML_MARKUP.test(text)) return { kind: 'html', text }
  return { kind: 'unknown', reason: 'The file is neither a web page (.html), a WordPress export (.xml) nor a zip of them: no markup was found in it.' }
}
