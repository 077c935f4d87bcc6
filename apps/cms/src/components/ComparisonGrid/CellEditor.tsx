'use client'
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react'
import type { GridInline } from '../../collections/Comparisons/grid'
import { domToNodes, nodesToHtml } from './cellHtml'
import styles from './ComparisonGrid.module.css'
import { LinkIcon, UnlinkIcon } from './icons'

interface Props {
  /** The cell's nodes as stored. */
  value: GridInline[]
  onChange: (nodes: GridInline[]) => void
  /** What a screen reader announces for the cell, e.g. "Tool used, Dry needling". */
  label: string
  disabled?: boolean
}

const SAFE_URL = /^(https?:\/\/|mailto:|tel:)/i

/**
 * One cell: a small editable text with bold, italic and link buttons (Ctrl/⌘+B, Ctrl/⌘+I).
 * Enter makes a line break, pasting keeps the words only. The element is the source of the
 * text while it is edited; the value is written into it only when it changes from elsewhere
 * (a reload, a discarded change), so the caret never jumps while typing.
 */
export function CellEditor({ value, onChange, label, disabled = false }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const written = useRef<string | null>(null)
  const savedRange = useRef<Range | null>(null)
  const [linking, setLinking] = useState(false)
  const [url, setUrl] = useState('https://')
  const [linkError, setLinkError] = useState<string | null>(null)
  const id = useId()
  const html = nodesToHtml(value)

  useEffect(() => {
    const element = ref.current
    if (element === null || written.current === html) return
    element.innerHTML = html
    written.current = html
  }, [html])

  const emit = () => {
    const element = ref.current
    if (element === null) return
    const nodes = domToNodes(element)
    written.current = nodesToHtml(nodes)
    onChange(nodes)
  }

  const command = (name: 'bold' | 'italic' | 'unlink' | 'createLink', argument?: string) => {
    ref.current?.focus()
    // execCommand is the one editing API every browser applies to a contenteditable selection
    // with undo; the cell reads the result back through domToNodes, whatever markup it made.
    document.execCommand(name, false, argument)
    emit()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const mod = event.ctrlKey || event.metaKey
    if (event.key === 'Enter') {
      event.preventDefault()
      document.execCommand('insertLineBreak')
      emit()
    } else if (mod && event.key.toLowerCase() === 'b') {
      event.preventDefault()
      command('bold')
    } else if (mod && event.key.toLowerCase() === 'i') {
      event.preventDefault()
      command('italic')
    } else if (mod && event.key.toLowerCase() === 'k') {
      event.preventDefault()
      openLink()
    }
  }

  const openLink = () => {
    const selection = window.getSelection()
    savedRange.current = selection && selection.rangeCount > 0 && ref.current?.contains(selection.anchorNode) ? selection.getRangeAt(0).cloneRange() : null
    setLinkError(null)
    setLinking(true)
  }

  const applyLink = () => {
    const address = url.trim()
    if (!SAFE_URL.test(address)) {
      setLinkError('Enter an address starting with https://, http://, mailto: or tel:')
      return
    }
    const range = savedRange.current
    ref.current?.focus()
    if (range !== null && !range.collapsed) {
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
      command('createLink', address)
    } else {
      // Nothing selected: the address becomes the link's words, at the end of the cell.
      const element = ref.current
      if (element !== null) {
        const anchor = document.createElement('a')
        anchor.href = address
        anchor.textContent = address.replace(/^(mailto:|tel:)/i, '')
        element.append(anchor)
        emit()
      }
    }
    setLinking(false)
  }

  return (
    <div className={styles.cell}>
      <div
        ref={ref}
        className={styles.editable}
        role="textbox"
        aria-label={label}
        aria-multiline="true"
        contentEditable={!disabled}
        suppressContentEditableWarning
        tabIndex={0}
        onInput={emit}
        onBlur={emit}
        onKeyDown={onKeyDown}
        onPaste={(event) => {
          event.preventDefault()
          document.execCommand('insertText', false, event.clipboardData.getData('text/plain').replace(/\s+/g, ' '))
          emit()
        }}
        onDrop={(event) => event.preventDefault()}
      />
      <div className={styles.toolbar} role="toolbar" aria-label={`Format ${label}`}>
        <button type="button" className={styles.tool} aria-label={`Bold (${label})`} title="Bold (Ctrl+B)" disabled={disabled} onMouseDown={(event) => event.preventDefault()} onClick={() => command('bold')}>
          <b aria-hidden="true">B</b>
        </button>
        <button type="button" className={styles.tool} aria-label={`Italic (${label})`} title="Italic (Ctrl+I)" disabled={disabled} onMouseDown={(event) => event.preventDefault()} onClick={() => command('italic')}>
          <i aria-hidden="true">I</i>
        </button>
        <button type="button" className={styles.tool} aria-label={`Link (${label})`} title="Link (Ctrl+K)" aria-expanded={linking} aria-controls={`${id}-link`} disabled={disabled} onMouseDown={(event) => event.preventDefault()} onClick={openLink}>
          <LinkIcon />
        </button>
        <button type="button" className={styles.tool} aria-label={`Remove link (${label})`} title="Remove link" disabled={disabled} onMouseDown={(event) => event.preventDefault()} onClick={() => command('unlink')}>
          <UnlinkIcon />
        </button>
      </div>
      {linking && (
        <div id={`${id}-link`} className={styles.linkForm}>
          <label htmlFor={`${id}-url`}>Link address</label>
          <input
            id={`${id}-url`}
            type="url"
            value={url}
            autoFocus
            aria-invalid={linkError !== null}
            aria-describedby={linkError === null ? undefined : `${id}-url-error`}
            onChange={(event) => setUrl(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                applyLink()
              } else if (event.key === 'Escape') {
                setLinking(false)
                ref.current?.focus()
              }
            }}
          />
          <button type="button" className={styles.small} onClick={applyLink}>
            Add link
          </button>
          <button
            type="button"
            className={styles.small}
            onClick={() => {
              setLinking(false)
              ref.current?.focus()
            }}
          >
            Cancel
          </button>
          {linkError !== null && (
            <p id={`${id}-url-error`} role="alert" className={styles.error}>
              {linkError}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
