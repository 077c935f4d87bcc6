import { describe, expect, it } from 'vitest'
import { oneAtATime } from './oneAtATime'

describe('oneAtATime', () => {
  it('runs calls one after the other, in order, each with its own result, past failures', async () => {
    const events: string[] = []
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    const run = oneAtATime(async (name: string) => {
      events.push(`start ${name}`)
      if (name === 'a') await gate
      if (name === 'b') throw new Error('b failed')
      events.push(`end ${name}`)
      return name.toUpperCase()
    })
    const results = [run('a'), run('b'), run('c')]
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(events).toEqual(['start a'])
    release()
    const settled = await Promise.allSettled(results)
    expect(settled.map((entry) => (entry.status === 'fulfilled' ? entry.value : (entry.reason as Error).message))).toEqual(['A', 'b failed', 'C'])
    expect(events).toEqual(['start a', 'end a', 'start b', 'start c', 'end c'])
  })
})
