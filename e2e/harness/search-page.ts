/**
 * The search page's exception to "no JavaScript": its own module script, one file, and nothing
 * else. Pagefind's runtime (pagefind.js, its WebAssembly and index chunks) is loaded by that
 * script when the visitor searches, so it is not part of the page's weight.
 */

/** The budget of the search page's own script, gzipped. */
export const SEARCH_JS_GZIP_BUDGET = 3 * 1024

/** Whether a page of this type may carry the search script: the search page only. */
export const carriesSearchScript = (type: string): boolean => type === 'search'

/** What is wrong with the scripts of the search page (empty when it loads exactly one module file within budget). */
export function searchScriptProblems(jsFiles: readonly string[], inlineScripts: readonly string[], jsGzip: number): string[] {
  const problems: string[] = []
  if (jsFiles.length !== 1 || inlineScripts.length > 0) problems.push(`loads ${jsFiles.length} script file(s) (${jsFiles.join(', ')}) and ${inlineScripts.length} inline script(s); the search page has exactly one script file`)
  if (jsGzip > SEARCH_JS_GZIP_BUDGET) problems.push(`carries ${(jsGzip / 1024).toFixed(1)} KB of gzipped JavaScript, over the search page's ${SEARCH_JS_GZIP_BUDGET / 1024} KB budget`)
  return problems
}
