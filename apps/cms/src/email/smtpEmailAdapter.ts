import type { EmailAdapter, SendEmailOptions } from 'payload'
import nodemailer from 'nodemailer'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'

/** The sender of every email, when a message names none. */
export interface EmailSender {
  name: string
  address: string
}

export interface SmtpEmailAdapterOptions {
  /** `smtp://[user:pass@]host[:port]` or `smtps://…` (SMTP_URL). */
  url: string
  from: EmailSender
}

/** The adapter's name, as `payload.email.name` reports it. */
export const SMTP_EMAIL_ADAPTER = 'smtp'

/** `host:port` of an SMTP URL, for logs: never the user name or password. */
export function describeSmtpUrl(url: string): string {
  const parsed = new URL(url)
  return `${parsed.protocol}//${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}`
}

/**
 * Payload's email adapter, sending through an SMTP server with nodemailer (the shape of
 * `EmailAdapter` in payload/dist/email/types.d.ts). `@payloadcms/email-nodemailer` does the same
 * but pins another Payload version. Timeouts are short, so that a dead server fails a jobs-queue
 * attempt (which is retried) instead of holding the runner for minutes.
 */
export function smtpEmailAdapter({ url, from }: SmtpEmailAdapterOptions): EmailAdapter<SMTPTransport.SentMessageInfo> {
  return ({ payload }) => {
    const transport = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })
    payload.logger.info(`Emails are sent through ${describeSmtpUrl(url)} as ${from.address}.`)
    return {
      name: SMTP_EMAIL_ADAPTER,
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      sendEmail: async (message: SendEmailOptions) => transport.sendMail({ ...message, from: message.from ?? { name: from.name, address: from.address } }),
    }
  }
}
