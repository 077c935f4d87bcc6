export { makeValidSnapshot } from './fixtures'
