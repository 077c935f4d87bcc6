import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { refIds } from '../../../access/userBrands'
import { keepColumns } from '../grid'
import { ComparisonGridSchema, gridProblem } from '../gridSchema'

/**
 * Keeps a comparison's table (`grid`) in step with its columns (`therapies`) on every save,
 * drafts included (Payload validates fields on publish only):
 * - a grid that changes must be well formed and hold cells of compared therapies only, else the
 *   save is refused with a field error on `grid`;
 * - a save that leaves the grid as stored (the API or a script changing the therapies only)
 *   carries it along without the cells of the therapies it removes, so a removed therapy never
 *   leaves values behind that a later column could show.
 * Payload fills the fields a save does not send from the stored document before this hook runs,
 * so "not sent" and "sent unchanged" look alike here, and are treated alike.
 */
export const checkGrid: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (data === undefined) return data
  const original = originalDoc as Record<string, unknown> | undefined
  const therapies = refIds(data.therapies ?? original?.therapies)
  const grid: unknown = data.grid ?? original?.grid
  if (original !== undefined && JSON.stringify(grid ?? null) === JSON.stringify(original.grid ?? null)) {
    const stored = ComparisonGridSchema.safeParse(grid)
    return stored.success ? { ...data, grid: keepColumns(stored.data, therapies) } : data
  }
  const problem = gridProblem(grid, therapies, { publishing: false })
  if (problem !== null) {
    const id = original?.id
    throw new ValidationError({ collection: 'comparisons', id: typeof id === 'string' || typeof id === 'number' ? id : undefined, errors: [{ path: 'grid', message: problem }], req }, req.t)
  }
  return data
}
