import { describe, expect, it } from 'vitest'
import { siteCommand } from '../env'
import { runLocalSiteBuild } from './runLocalSiteBuild'

const node = (script: string) => [process.execPath, '-e', script] as const

describe('runLocalSiteBuild', () => {
  it('builds one brand with the site build script by default (SITE_COMMAND unset)', () => {
    expect(siteCommand('build', '--brand', 'mesquite-ridge-pt')).toEqual(['pnpm', '--filter', 'site', 'build', '--brand', 'mesquite-ridge-pt'])
  })

  it('passes the environment it is given and reports success on exit code 0', async () => {
    const lines: string[] = []
    const outcome = await runLocalSiteBuild({
      slug: 'a-brand',
      cwd: process.cwd(),
      env: { CMS_URL: 'http://cms.test', SITE_BASE_PATH_PER_BRAND: 'true' },
      timeoutMs: 10_000,
      command: node('console.log(process.env.CMS_URL, process.env.SITE_BASE_PATH_PER_BRAND)'),
      onLine: (line) => lines.push(line),
    })
    expect(outcome).toEqual({ ok: true, responseStatus: null })
    expect(lines).toEqual(['http://cms.test true'])
  })

  it('fails for good on a non-zero exit, with the last lines of output', async () => {
    const outcome = await runLocalSiteBuild({
      slug: 'a-brand',
      cwd: process.cwd(),
      env: {},
      timeoutMs: 10_000,
      command: node('for (let i = 1; i <= 20; i++) console.error("line " + i); process.exit(1)'),
    })
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.retryable).toBe(false)
    expect(outcome.error).toMatch(/ exited with code 1; last output:\nline 9\n/)
    expect(outcome.error).toMatch(/line 20$/)
  })

  it('stops a build that takes too long', async () => {
    const outcome = await runLocalSiteBuild({ slug: 'a-brand', cwd: process.cwd(), env: {}, timeoutMs: 200, command: node('setTimeout(() => {}, 60_000)') })
    expect(outcome).toMatchObject({ ok: false, error: expect.stringContaining('was stopped after 200 ms') })
  })

  it('reports a command that cannot be started', async () => {
    const outcome = await runLocalSiteBuild({ slug: 'a-brand', cwd: process.cwd(), env: {}, timeoutMs: 1000, command: ['/nonexistent/pnpm'] })
    expect(outcome).toMatchObject({ ok: false, retryable: false, error: expect.stringContaining('could not start `/nonexistent/pnpm`') })
  })
})
