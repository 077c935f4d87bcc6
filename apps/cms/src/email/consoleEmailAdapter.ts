import type { EmailAdapter, SendEmailOptions } from 'payload'
import type { EmailSender } from './smtpEmailAdapter'

/** The adapter's name, as `payload.email.name` reports it: emails are logged, not sent. */
export const CONSOLE_EMAIL_ADAPTER = 'console'

const addresses = (value: SendEmailOptions['to']): string => {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.map((entry) => (typeof entry === 'string' ? entry : entry.address)).join(', ') || '(nobody)'
}

export interface ConsoleEmailAdapterOptions {
  from: EmailSender
  /** Also log the text of each email (development and the demo; off in production, where it would put visitors' details into logs). */
  logBody: boolean
}

/**
 * Payload's email adapter when SMTP_URL is not set: every email is written to the CMS log
 * (recipient and subject, and the text when `logBody`), so the demo shows what would have been
 * sent. It replaces Payload's own console fallback, whose start-up warning does not say where
 * emails go.
 */
export function consoleEmailAdapter({ from, logBody }: ConsoleEmailAdapterOptions): EmailAdapter<{ logged: true }> {
  return ({ payload }) => {
    payload.logger.info('SMTP_URL is not set: emails are written to this log instead of being sent.')
    return {
      name: CONSOLE_EMAIL_ADAPTER,
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      sendEmail: async (message: SendEmailOptions) => {
        const head = `Email not sent (SMTP_URL is not set). To: ${addresses(message.to)}. Subject: ${String(message.subject ?? '')}`
        const text = logBody && typeof message.text === 'string' ? `\n${message.text}` : ''
        payload.logger.info(`${head}${text}`)
        return { logged: true }
      },
    }
  }
}
