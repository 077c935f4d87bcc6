/**
 * The W3C Nu HTML checker (`vnu.jar` of the `vnu-jar` package) run over built pages: one Java
 * process for every file, since starting the JVM costs more than checking a hundred pages.
 */
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

/** The checker's jar, as the `vnu-jar` package ships it. */
export function nuCheckerJar(): string {
  return createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')
}

/** One error the checker reported. */
export interface NuError {
  /** The checked file (absolute path). */
  file: string
  /** 1-based line of the error, when the checker gives one. */
  line: number | undefined
  message: string
  /** The markup around the error, as the checker quotes it. */
  extract: string | undefined
}

interface NuJsonMessage {
  type?: string
  subType?: string
  url?: string
  lastLine?: number
  firstLine?: number
  message?: string
  extract?: string
}

const isNuReport = (value: unknown): value is { messages: NuJsonMessage[] } =>
  typeof value === 'object' && value !== null && Array.isArray((value as { messages?: unknown }).messages)

/** The checker names files by `file:` URL; anything else is kept as it is. */
const fileOf = (url: string | undefined): string => (url?.startsWith('file:') ? fileURLToPath(url) : (url ?? '(unknown file)'))

/**
 * Checks `files` as HTML with `java -jar vnu.jar --errors-only`, and returns every error:
 * markup errors, and files the checker could not read (`non-document-error`). Warnings are
 * left out. Rejects when Java does not start or the checker's report is not its JSON.
 */
export function checkHtmlFiles(java: string, files: readonly string[], timeoutMs = 120_000): Promise<NuError[]> {
  if (files.length === 0) return Promise.resolve([])
  // `--stdout` keeps the JSON report apart from anything the JVM itself prints on stderr;
  // `--exit-zero-always` because errors are the report here, not a failure to run.
  const args = ['-jar', nuCheckerJar(), '--errors-only', '--exit-zero-always', '--skip-non-html', '--format', 'json', '--stdout', ...files]
  return new Promise((resolve, reject) => {
    const child = spawn(java, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(new Error(`Could not start ${java} to run the Nu HTML checker: ${error.message}. Install Java 17+ or set JAVA to its binary.`))
    })
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      let report: unknown
      try {
        report = JSON.parse(stdout)
      } catch {
        report = undefined
      }
      if (code !== 0 || !isNuReport(report)) {
        const how = signal !== null ? `was killed by ${signal} (timeout ${timeoutMs / 1000} s?)` : `exited with code ${code}`
        reject(new Error(`The Nu HTML checker (${java} ${args.slice(0, 8).join(' ')} <${files.length} files>) ${how} without a JSON report.\n${stderr.trim() || stdout.slice(0, 2000)}`))
        return
      }
      resolve(
        report.messages
          .filter((message) => message.type === 'error' || message.type === 'non-document-error')
          .map((message) => ({
            file: fileOf(message.url),
            line: message.lastLine ?? message.firstLine,
            message: message.message ?? `(${message.type ?? 'error'} without a message)`,
            extract: message.extract,
          })),
      )
    })
  })
}
