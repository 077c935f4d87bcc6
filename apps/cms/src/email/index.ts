import type { EmailAdapter } from 'payload'
import { consoleEmailAdapter } from './consoleEmailAdapter'
import { type EmailSender, smtpEmailAdapter } from './smtpEmailAdapter'

export { CONSOLE_EMAIL_ADAPTER } from './consoleEmailAdapter'

/** Payload's email adapter for this environment: SMTP when SMTP_URL is set, else the log. */
export function emailAdapter(env: { SMTP_URL?: string; EMAIL_FROM: EmailSender; NODE_ENV: string }): EmailAdapter | Promise<EmailAdapter> {
  return env.SMTP_URL === undefined
    ? consoleEmailAdapter({ from: env.EMAIL_FROM, logBody: env.NODE_ENV !== 'production' })
    : smtpEmailAdapter({ url: env.SMTP_URL, from: env.EMAIL_FROM })
}
