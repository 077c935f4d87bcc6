'use client'
import { ConfirmationModal, useConfig, useField, useModal } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import { type CSSProperties, useId, useMemo, useState } from 'react'
import { type ComparisonGrid, type GridInline, type GridRow, GRID_LIMITS, cellHasWords, cellInline, cellOf, keepColumns, newRowId } from '../../collections/Comparisons/grid'
import { CellEditor } from './CellEditor'
import { DeleteIcon } from './icons'
import styles from './ComparisonGrid.module.css'
import { moveItem } from './moveItem'
import { type TherapyOption, useTherapyOptions } from './useTherapyOptions'

type Id = number | string

/** The most therapies a comparison compares (the collection's `maxRows`, the snapshot's limit). */
const MAX_THERAPIES = 4

const idOf = (ref: unknown): Id | null => {
  if (typeof ref === 'number' || typeof ref === 'string') return ref
  if (typeof ref === 'object' && ref !== null && 'id' in ref) return idOf((ref as { id: unknown }).id)
  return null
}
const idsOf = (value: unknown): Id[] => (Array.isArray(value) ? value.map(idOf).filter((id): id is Id => id !== null) : [])

function gridOf(value: unknown): ComparisonGrid {
  const rows = (value as { rows?: unknown } | null | undefined)?.rows
  return { rows: Array.isArray(rows) ? (rows as GridRow[]) : [] }
}

/**
 * The comparison's table, edited as a table: the compared therapies are the columns (added with
 * the select in the last header, removed after a confirmation, which takes their values along),
 * the attributes are the rows (added, deleted, reordered by dragging or with the move buttons),
 * and every cell is short rich text. Writes the `grid` field and the hidden `therapies` field.
 */
export const ComparisonGridField: JSONFieldClientComponent = ({ path, field }) => {
  const gridField = useField<unknown>({ path })
  const therapiesField = useField<unknown>({ path: 'therapies' })
  const brandsField = useField<unknown>({ path: 'brands' })
  const { openModal } = useModal()
  const { config } = useConfig()
  const baseId = useId()
  const modalSlug = `comparison-grid-remove-therapy-${path.replace(/[^a-zA-Z0-9_-]/g, '-')}`

  const grid = gridOf(gridField.value)
  const therapyIds = idsOf(therapiesField.value)
  const brandIds = useMemo(() => idsOf(brandsField.value).map(String), [brandsField.value])
  const options = useTherapyOptions(`${config.serverURL}${config.routes.api}`, therapyIds)
  const [pendingRemoval, setPendingRemoval] = useState<Id | null>(null)
  const [dragged, setDragged] = useState<number | null>(null)
  const [dropAt, setDropAt] = useState<number | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const disabled = gridField.disabled || field.admin?.readOnly === true

  const nameOf = (id: Id) => options.names.get(String(id)) ?? `Therapy ${id}`
  const rowName = (row: GridRow, index: number) => (row.label.trim() === '' ? `Attribute ${index + 1}` : row.label.trim())

  const setGrid = (next: ComparisonGrid) => gridField.setValue(next)
  const setRow = (index: number, change: (row: GridRow) => GridRow) => setGrid({ rows: grid.rows.map((row, at) => (at === index ? change(row) : row)) })

  const addRow = () => {
    setGrid({ rows: [...grid.rows, { id: newRowId(), label: '', cells: {} }] })
    setAnnouncement(`Attribute ${grid.rows.length + 1} added.`)
    // Focus the new row's label once it is rendered.
    requestAnimationFrame(() => document.getElementById(`${baseId}-label-${grid.rows.length}`)?.focus())
  }
  const deleteRow = (index: number) => {
    const row = grid.rows[index]
    if (row === undefined) return
    setGrid({ rows: grid.rows.filter((_, at) => at !== index) })
    setAnnouncement(`${rowName(row, index)} deleted.`)
  }
  const moveRow = (from: number, to: number, focus?: 'up' | 'down') => {
    const row = grid.rows[from]
    if (row === undefined || to < 0 || to >= grid.rows.length || from === to) return
    setGrid({ rows: moveItem(grid.rows, from, to) })
    setAnnouncement(`${rowName(row, from)} moved to position ${to + 1} of ${grid.rows.length}.`)
    // Keep the focus on the button that was used, now in the row's new place.
    if (focus) requestAnimationFrame(() => document.getElementById(`${baseId}-${focus}-${row.id}`)?.focus())
  }
  const setCell = (index: number, therapy: Id, nodes: GridInline[]) =>
    setRow(index, (row) => {
      const cells = { ...row.cells }
      if (nodes.length === 0) delete cells[String(therapy)]
      else cells[String(therapy)] = cellOf(nodes)
      return { ...row, cells }
    })

  const addTherapy = (value: string) => {
    const option = options.list.find((candidate) => String(candidate.id) === value)
    if (option === undefined || therapyIds.length >= MAX_THERAPIES) return
    therapiesField.setValue([...therapyIds, option.id])
    setAnnouncement(`${option.name} added as column ${therapyIds.length + 1}.`)
  }
  const moveTherapy = (from: number, to: number) => {
    if (to < 0 || to >= therapyIds.length) return
    therapiesField.setValue(moveItem(therapyIds, from, to))
    const id = therapyIds[from]
    if (id !== undefined) setAnnouncement(`${nameOf(id)} moved to column ${to + 1}.`)
  }
  const removeTherapy = () => {
    if (pendingRemoval === null) return
    const remaining = therapyIds.filter((id) => String(id) !== String(pendingRemoval))
    therapiesField.setValue(remaining)
    setGrid(keepColumns(grid, remaining))
    setAnnouncement(`${nameOf(pendingRemoval)} and its values removed.`)
    setPendingRemoval(null)
  }
  const valuesIn = (therapy: Id) => grid.rows.filter((row) => cellHasWords(row.cells[String(therapy)])).length

  const choices: TherapyOption[] = options.list.filter(
    (option) => !therapyIds.some((id) => String(id) === String(option.id)) && (brandIds.length === 0 || option.brands.some((brand) => brandIds.includes(brand))),
  )
  const errors = [gridField.showError ? gridField.errorMessage : undefined, therapiesField.showError ? therapiesField.errorMessage : undefined].filter(
    (message): message is string => typeof message === 'string' && message !== '',
  )
  const label = typeof field.label === 'string' ? field.label : 'Compared attributes'
  const description = typeof field.admin?.description === 'string' ? field.admin.description : null

  return (
    <div className={`field-type ${styles.field}`} role="group" aria-labelledby={`${baseId}-heading`}>
      <h3 id={`${baseId}-heading`} className="field-label">
        {label}
      </h3>
      {description !== null && (
        <p id={`${baseId}-description`} className={styles.description}>
          {description} Drag a row by its handle, or use its arrow buttons, to reorder it.
        </p>
      )}
      {errors.map((message) => (
        <p key={message} className={styles.error} role="alert">
          {message}
        </p>
      ))}
      {options.error !== null && (
        <p className={styles.error} role="alert">
          {options.error}
        </p>
      )}
      <div className={styles.scroller} role="region" aria-label={`${label}: table`} tabIndex={0}>
        <table className={styles.table} style={{ '--columns': therapyIds.length + 1 + (therapyIds.length < MAX_THERAPIES ? 1 : 0) } as CSSProperties}>
          <caption className={styles.visuallyHidden}>Attributes in rows, compared therapies in columns</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.rowHead}>
                Attribute
              </th>
              {therapyIds.map((id, column) => (
                <th scope="col" key={String(id)}>
                  <div className={styles.columnHead}>
                    <span className={styles.columnName}>{nameOf(id)}</span>
                    <div className={styles.columnTools}>
                      <button type="button" className={styles.small} aria-label={`Move ${nameOf(id)} one column left`} disabled={disabled || column === 0} onClick={() => moveTherapy(column, column - 1)}>
                        <span aria-hidden="true">←</span>
                      </button>
                      <button
                        type="button"
                        className={styles.small}
                        aria-label={`Move ${nameOf(id)} one column right`}
                        disabled={disabled || column === therapyIds.length - 1}
                        onClick={() => moveTherapy(column, column + 1)}
                      >
                        <span aria-hidden="true">→</span>
                      </button>
                      <button
                        type="button"
                        className={styles.small}
                        aria-label={`Remove ${nameOf(id)} and its values`}
                        disabled={disabled}
                        onClick={() => {
                          setPendingRemoval(id)
                          openModal(modalSlug)
                        }}
                      >
                        <span aria-hidden="true">✕</span>
                      </button>
                    </div>
                  </div>
                </th>
              ))}
              {therapyIds.length < MAX_THERAPIES && (
                <th scope="col">
                  <label className={styles.addColumn}>
                    <span>Add a therapy</span>
                    <select
                      className={styles.select}
                      value=""
                      disabled={disabled || options.loading}
                      onChange={(event) => addTherapy(event.target.value)}
                      aria-describedby={therapyIds.length < 2 ? `${baseId}-min` : undefined}
                    >
                      <option value="">{options.loading ? 'Loading…' : choices.length === 0 ? 'No other therapy' : 'Choose…'}</option>
                      {choices.map((option) => (
                        <option key={String(option.id)} value={String(option.id)}>
                          {option.name}
                        </option>
                      ))}
                    </select>
                  </label>
                  {therapyIds.length < 2 && (
                    <p id={`${baseId}-min`} className={styles.status}>
                      Compare 2 to {MAX_THERAPIES} therapies.
                    </p>
                  )}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row, index) => (
              <tr
                key={row.id}
                data-row-id={row.id}
                className={[dragged === index ? styles.dragging : '', dropAt === index && dragged !== index ? styles.dropTarget : ''].join(' ')}
                onDragOver={(event) => {
                  if (dragged === null) return
                  event.preventDefault()
                  event.dataTransfer.dropEffect = 'move'
                  setDropAt(index)
                }}
                onDrop={(event) => {
                  event.preventDefault()
                  if (dragged !== null) moveRow(dragged, index)
                  setDragged(null)
                  setDropAt(null)
                }}
              >
                <th scope="row" className={styles.rowHead}>
                  <input
                    id={`${baseId}-label-${index}`}
                    className={styles.label}
                    type="text"
                    value={row.label}
                    maxLength={GRID_LIMITS.labelLength}
                    placeholder="Attribute, e.g. Tool used"
                    aria-label={`Attribute ${index + 1} label`}
                    disabled={disabled}
                    onChange={(event) => setRow(index, (current) => ({ ...current, label: event.target.value }))}
                  />
                  <div className={styles.rowTools}>
                    <span
                      className={styles.handle}
                      draggable={!disabled}
                      aria-hidden="true"
                      title="Drag to reorder"
                      data-drag-handle=""
                      onDragStart={(event) => {
                        event.dataTransfer.effectAllowed = 'move'
                        event.dataTransfer.setData('text/plain', row.id)
                        setDragged(index)
                      }}
                      onDragEnd={() => {
                        setDragged(null)
                        setDropAt(null)
                      }}
                    >
                      ⋮⋮
                    </span>
                    <button id={`${baseId}-up-${row.id}`} type="button" className={styles.small} aria-label={`Move ${rowName(row, index)} up`} disabled={disabled || index === 0} onClick={() => moveRow(index, index - 1, 'up')}>
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button
                      id={`${baseId}-down-${row.id}`}
                      type="button"
                      className={styles.small}
                      aria-label={`Move ${rowName(row, index)} down`}
                      disabled={disabled || index === grid.rows.length - 1}
                      onClick={() => moveRow(index, index + 1, 'down')}
                    >
                      <span aria-hidden="true">↓</span>
                    </button>
                    <button type="button" className={styles.small} aria-label={`Delete ${rowName(row, index)}`} disabled={disabled} onClick={() => deleteRow(index)}>
                      <DeleteIcon />
                    </button>
                  </div>
                </th>
                {therapyIds.map((therapy) => {
                  const cell = row.cells[String(therapy)]
                  return (
                    <td key={String(therapy)} className={cellHasWords(cell) ? undefined : styles.missing}>
                      <CellEditor value={cellInline(cell)} label={`${rowName(row, index)}, ${nameOf(therapy)}`} disabled={disabled} onChange={(nodes) => setCell(index, therapy, nodes)} />
                    </td>
                  )
                })}
                {therapyIds.length < MAX_THERAPIES && <td />}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {grid.rows.length === 0 && <p className={styles.status}>No attributes yet: add the first one (e.g. &quot;Tool used&quot;).</p>}
      <div className={styles.actions}>
        <button type="button" className={styles.small} disabled={disabled || grid.rows.length >= GRID_LIMITS.rows} onClick={addRow}>
          + Add attribute
        </button>
      </div>
      <p className={styles.visuallyHidden} role="status" aria-live="polite">
        {announcement}
      </p>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading={pendingRemoval === null ? 'Remove therapy' : `Remove ${nameOf(pendingRemoval)}?`}
        body={
          pendingRemoval === null
            ? null
            : `Its column leaves the table, with the ${valuesIn(pendingRemoval)} ${valuesIn(pendingRemoval) === 1 ? 'value' : 'values'} in it. Until you save, reloading the page brings them back.`
        }
        confirmLabel="Remove column"
        cancelLabel="Keep it"
        onConfirm={removeTherapy}
        onCancel={() => setPendingRemoval(null)}
      />
    </div>
  )
}
