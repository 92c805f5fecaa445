/**
 * A single updating progress line on stderr: done/total, %, rate, ETA (a line per 10 % when not a
 * TTY), then `detail()` if given (e.g. the rows of other tables written so far). `quiet` prints nothing.
 */
export function createProgress(
  label: string,
  total: number,
  unit = label,
  detail?: () => string,
  quiet = false,
) {
  const started = performance.now();
  const isTty = Boolean(process.stderr.isTTY);
  let lastDraw = 0;
  let lastDecile = -1;
  const line = (done: number) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = done / Math.max(seconds, 1e-3);
    const eta = rate > 0 ? (total - done) / rate : 0;
    const pct = total ? (100 * done) / total : 100;
    const extra = detail ? ` · ${detail()}` : '';
    return `${label} ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${pct.toFixed(1)}% ${Math.round(rate).toLocaleString('en')} ${unit}/s ETA ${eta.toFixed(0)}s${extra}`;
  };
  return {
    update(done: number) {
      if (quiet) return;
      const now = performance.now();
      if (isTty) {
        if (now - lastDraw < 200 && done < total) return;
        lastDraw = now;
        process.stderr.write(`\r${line(done)}\x1b[K`);
        return;
      }
      const decile = Math.floor((10 * done) / Math.max(total, 1));
      if (decile > lastDecile) {
        lastDecile = decile;
        process.stderr.write(`${line(done)}\n`);
      }
    },
    finish(done: number) {
      if (quiet) return;
      if (isTty) process.stderr.write(`\r${line(done)}\x1b[K\n`);
      else if (lastDecile < 10) process.stderr.write(`${line(done)}\n`);
    },
  };
}
