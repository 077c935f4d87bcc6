import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

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

type SmtpTransportOptions = NonNullable<Parameters<typeof nodemailerAdapter>[0]>['transportOptions']

/** `host:port` of an SMTP URL, for logs: never the user name or password. */
export function describeSmtpUrl(url: string): string {
  const parsed = new URL(url)
  return `${parsed.protocol}//${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}`
}

/**
 * nodemailer's connection options for an SMTP URL: `smtps:` is TLS from the start, `smtp:`
 * upgrades with STARTTLS when the server offers it. Timeouts are short, so that a dead server
 * fails a jobs-queue attempt (which is retried) instead of holding the runner for minutes.
 * (nodemailer drops every other option when it is given a `url`, so the URL is taken apart here.)
 */
export function smtpTransportOptions(url: string): SmtpTransportOptions {
  const parsed = new URL(url)
  return {
    host: parsed.hostname,
    ...(parsed.port ? { port: Number(parsed.port) } : {}),
    secure: parsed.protocol === 'smtps:',
    ...(parsed.username ? { auth: { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  }
}

/**
 * `"Name" <address>`: quoted, because the adapter passes the sender on as one string and a
 * name with a comma or an `@` would otherwise be read as several addresses.
 */
function senderHeader({ name, address }: EmailSender): string {
  return name === '' ? address : `"${name.replace(/["\\]/g, '\\$&')}" <${address}>`
}

/**
 * Payload's email adapter sending through an SMTP server: `@payloadcms/email-nodemailer`, from
 * EMAIL_FROM. The transport is not verified at start (a mail server that is down then must not
 * delay or fail the CMS's start; each send reports its own error).
 */
export async function smtpEmailAdapter({ url, from }: SmtpEmailAdapterOptions): Promise<EmailAdapter> {
  const adapter = await nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    skipVerify: true,
    transportOptions: smtpTransportOptions(url),
  })
  return (args) => {
    args.payload.logger.info(`Emails are sent through ${describeSmtpUrl(url)} as ${from.address}.`)
    const initialized = adapter(args)
    return { ...initialized, sendEmail: (message) => initialized.sendEmail({ ...message, from: message.from ?? senderHeader(from) }) }
  }
}
