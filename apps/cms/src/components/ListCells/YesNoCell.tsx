'use client'
import type { CheckboxFieldClient, DefaultCellComponentProps } from 'payload'

/** A checkbox column in words ("Yes", "No"), where Payload's own cell shows the code `true` or `false`. */
export function YesNoCell({ cellData }: DefaultCellComponentProps<CheckboxFieldClient>) {
  return <span>{cellData === true ? 'Yes' : 'No'}</span>
}
