import { type CollectionBeforeValidateHook, ValidationError } from 'payload'
import { refIds } from '../../../access/userBrands'
import { keepColumns } from '../grid'
import { ComparisonGridSchema, gridProblem } from '../gridSchema'

/**
 * Keeps a comparison's table (`grid`) in step with its columns (`therapies`) on every save,
 * drafts included (Payload validates fields on publish only):
 * - a grid that is sent must be well formed and hold cells of compared therapies only, else the
 *   save is refused with a field error on `grid`;
 * - a save that changes the therapies without sending the grid (the API, a script) carries the
 *   stored grid along, without the cells of the therapies it removes, so a removed therapy never
 *   leaves values behind that a later column could show.
 */
export const checkGrid: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  if (data === undefined) return data
  const original = originalDoc as Record<string, unknown> | undefined
  const therapiesSent = Object.hasOwn(data, 'therapies')
  const therapies = refIds(therapiesSent ? data.therapies : original?.therapies)
  if (data.grid === undefined) {
    const stored = ComparisonGridSchema.safeParse(original?.grid)
    if (therapiesSent && stored.success) return { ...data, grid: keepColumns(stored.data, therapies) }
    return data
  }
  const problem = gridProblem(data.grid, therapies, { publishing: false })
  if (problem !== null) {
    const id = original?.id
    throw new ValidationError({ collection: 'comparisons', id: typeof id === 'string' || typeof id === 'number' ? id : undefined, errors: [{ path: 'grid', message: problem }], req }, req.t)
  }
  return data
}
