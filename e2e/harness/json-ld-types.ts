/**
 * Type-checks the JSON-LD of built pages against `schema-dts` (schema.org as TypeScript types):
 * each distinct block becomes `const block_N: WithContext<Type> = <its JSON>` in a generated
 * .ts file, typed by its own `@type`, and the TypeScript compiler reports what does not fit
 * (a misspelt property, a number where schema.org wants text, an unknown type).
 */
import { writeFileSync } from 'node:fs'
import ts from 'typescript'

/** One distinct JSON-LD block and the pages that carry it. */
export interface JsonLdBlock {
  /** The block as it is in the page (the inside of its `<script>`). */
  json: string
  /** Where it is, as `<brand>/<path>`. */
  pages: string[]
}

/** A block that does not type-check. */
export interface JsonLdTypeProblem {
  /** Undefined for an error outside every block (the generated file's import). */
  block: JsonLdBlock | undefined
  /** The schema-dts type the block was checked as, e.g. `WithContext<MedicalOrganization>`. */
  checkedAs: string
  /** The line of the pretty-printed block the error points at, e.g. `"width": 320,`. */
  at: string
  message: string
}

const JSON_LD_SCRIPT = /<script\b[^>]*\btype=(["']?)application\/ld\+json\1[^>]*>([\s\S]*?)<\/script\s*>/gi

/** The contents of every `<script type="application/ld+json">` of a page. */
export function jsonLdScripts(html: string): string[] {
  return [...html.replace(/<!--[\s\S]*?-->/g, '').matchAll(JSON_LD_SCRIPT)].map((match) => (match[2] ?? '').trim())
}

/**
 * The schema-dts type to check a block as: the type named by its `@type` (schema-dts exports
 * one per schema.org type, so an unknown name fails the check too), else `Thing`.
 */
function typeFor(value: unknown): string {
  const type = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)['@type'] : undefined
  return typeof type === 'string' && /^[A-Z][A-Za-z0-9]*$/.test(type) ? type : 'Thing'
}

/**
 * Keeps the first lines of a compiler message, each cut short: the elaborations of big unions
 * run to pages, and the first line spells out the whole block's type.
 */
const shorten = (message: string, lines = 6, width = 240) => {
  const all = message.split('\n').map((line) => (line.length > width ? `${line.slice(0, width)}…` : line))
  return all.length > lines ? [...all.slice(0, lines), `… (${all.length - lines} more lines)`].join('\n') : message
}

/**
 * Writes the blocks to `file` (a `.ts` path inside this package, so `schema-dts` resolves from
 * it) and type-checks it. Blocks that are not JSON are reported as such, without the compiler.
 */
export function typeCheckJsonLd(blocks: readonly JsonLdBlock[], file: string): JsonLdTypeProblem[] {
  const problems: JsonLdTypeProblem[] = []
  const lines: string[] = ["import type * as S from 'schema-dts'", '']
  const spans: { block: JsonLdBlock; checkedAs: string; first: number; last: number }[] = []
  blocks.forEach((block, index) => {
    let value: unknown
    try {
      value = JSON.parse(block.json)
    } catch (error) {
      problems.push({ block, checkedAs: '(not JSON)', at: block.json.slice(0, 80), message: `not valid JSON: ${(error as Error).message}` })
      return
    }
    const checkedAs = `WithContext<${typeFor(value)}>`
    lines.push(`// ${block.pages[0] ?? '?'}${block.pages.length > 1 ? ` and ${block.pages.length - 1} more page(s)` : ''}`)
    const first = lines.length
    // Pretty-printed, so an error's line is the property it is about.
    lines.push(...`export const block_${index + 1}: S.${checkedAs.replace('<', '<S.')} = ${JSON.stringify(value, null, 2)}`.split('\n'))
    spans.push({ block, checkedAs, first, last: lines.length - 1 })
    lines.push('')
  })
  writeFileSync(file, lines.join('\n'))

  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts'],
    types: [],
  })
  const source = program.getSourceFile(file)
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = shorten(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
    if (diagnostic.file === undefined || diagnostic.start === undefined || source === undefined || diagnostic.file !== source) {
      problems.push({ block: undefined, checkedAs: '', at: diagnostic.file?.fileName ?? '(compiler options)', message })
      continue
    }
    const { line } = source.getLineAndCharacterOfPosition(diagnostic.start)
    const span = spans.find((candidate) => line >= candidate.first && line <= candidate.last)
    // An error TypeScript cannot pin on one property sits on the declaration; its message names the path.
    const at = span !== undefined && line === span.first ? 'the block (see the property path below)' : (lines[line] ?? '').trim()
    problems.push({ block: span?.block, checkedAs: span?.checkedAs ?? '', at, message })
  }
  return problems
}
