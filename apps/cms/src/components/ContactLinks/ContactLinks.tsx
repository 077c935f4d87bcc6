'use client'
import { FieldLabel, useField } from '@payloadcms/ui'
import type { DefaultCellComponentProps, TextFieldClient, TextFieldClientProps } from 'payload'
import { mailtoHref, telHref } from './contactHref'

type Kind = 'email' | 'phone'

const hrefOf = (kind: Kind, value: string) => (kind === 'phone' ? telHref(value) : mailtoHref(value))

function ContactLink({ kind, value }: { kind: Kind; value: unknown }) {
  if (typeof value !== 'string' || value.trim() === '') return <span>—</span>
  const href = hrefOf(kind, value)
  // stopPropagation: a click on the link calls or writes, it does not open the row.
  return href === null ? <span>{value}</span> : <a href={href} onClick={(event) => event.stopPropagation()}>{value}</a>
}

/** List cell of an appointment request's phone: a `tel:` link. */
export function PhoneCell({ cellData }: DefaultCellComponentProps<TextFieldClient>) {
  return <ContactLink kind="phone" value={cellData} />
}

/** List cell of an appointment request's e-mail: a `mailto:` link. */
export function EmailCell({ cellData }: DefaultCellComponentProps<TextFieldClient>) {
  return <ContactLink kind="email" value={cellData} />
}

function ContactField({ kind, field, path }: TextFieldClientProps & { kind: Kind }) {
  const { value } = useField<string>({ path: path ?? field.name })
  return (
    <div className="field-type text read-only">
      <FieldLabel label={field.label ?? field.name} path={path ?? field.name} />
      <div style={{ padding: 'calc(var(--base) / 2) 0' }}>
        <ContactLink kind={kind} value={value} />
      </div>
    </div>
  )
}

/** The phone on an appointment request (read-only for everyone): a `tel:` link. */
export function PhoneField(props: TextFieldClientProps) {
  return <ContactField {...props} kind="phone" />
}

/** The e-mail on an appointment request (read-only for everyone): a `mailto:` link. */
export function EmailField(props: TextFieldClientProps) {
  return <ContactField {...props} kind="email" />
}
