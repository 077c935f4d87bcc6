/** One stderr line rewritten in place on a terminal; a plain line every few seconds otherwise. */
export function progress(label: string, total: number) {
  const tty = process.stderr.isTTY === true
  const started = performance.now()
  let lastPrint = 0
  const render = (done: number) => {
    const seconds = (performance.now() - started) / 1000
    const rate = seconds > 0 ? done / seconds : 0
    const share = total === 0 ? 1 : done / total
    const width = 30
    const bar = `${'#'.repeat(Math.round(share * width))}${'.'.repeat(width - Math.round(share * width))}`
    return `${label} [${bar}] ${done}/${total} ${(share * 100).toFixed(0)}% ${rate.toFixed(1)} docs/s`
  }
  return {
    tick(done: number) {
      const now = performance.now()
      if (done < total && now - lastPrint < (tty ? 100 : 5000)) return
      lastPrint = now
      if (tty) process.stderr.write(`\r${render(done)}\x1b[K`)
      else process.stderr.write(`${render(done)}\n`)
    },
    end() {
      if (tty) process.stderr.write('\n')
    },
  }
}
