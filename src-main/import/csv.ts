export type Delimiter = ',' | ';' | '\t' | '|'

const QUOTE = 34
const CR = 13
const LF = 10

type Cursor = { text: string; delimiter: number; pos: number }

/** Reads a quoted field from just after its opening quote; text after the closing quote is kept, as Excel does. */
function readQuoted(c: Cursor): string {
  let value = ''
  let start = c.pos
  for (;;) {
    const close = c.text.indexOf('"', start)
    if (close === -1) {
      // An unterminated quote runs to the end of the file rather than losing the rest of it
      value += c.text.slice(start)
      c.pos = c.text.length
      return value
    }
    value += c.text.slice(start, close)
    if (c.text.charCodeAt(close + 1) === QUOTE) {
      value += '"'
      start = close + 2
      continue
    }
    c.pos = close + 1
    return value + readUnquoted(c)
  }
}

function readUnquoted(c: Cursor): string {
  const { text, delimiter } = c
  const start = c.pos
  let i = start
  while (i < text.length) {
    const code = text.charCodeAt(i)
    if (code === delimiter || code === LF || code === CR) break
    i++
  }
  c.pos = i
  return text.slice(start, i)
}

function readField(c: Cursor): string {
  if (c.text.charCodeAt(c.pos) === QUOTE) {
    c.pos++
    return readQuoted(c)
  }
  return readUnquoted(c)
}

/**
 * Parses CSV as RFC 4180 describes it: quoted fields may hold delimiters, doubled quotes and any newline;
 * records end at CR, LF or CRLF. Every cell stays the exact text of the file.
 */
export function parseCsv(text: string, delimiter: Delimiter): string[][] {
  const rows: string[][] = []
  const c: Cursor = { text, delimiter: delimiter.charCodeAt(0), pos: 0 }
  let row: string[] = []
  while (c.pos < text.length) {
    row.push(readField(c))
    const code = text.charCodeAt(c.pos)
    if (code === c.delimiter) {
      c.pos++
      // A delimiter at the very end still opens one last, empty field
      if (c.pos === text.length) row.push('')
      continue
    }
    if (code === CR && text.charCodeAt(c.pos + 1) === LF) c.pos++
    c.pos++
    rows.push(row)
    row = []
  }
  if (row.length > 0) rows.push(row)
  return rows
}

const candidates: readonly Delimiter[] = [',', ';', '\t', '|']

/** Counts each candidate per line, outside quotes, over the first lines of the file. */
function countPerLine(text: string, maxLines: number): number[][] {
  const lines: number[][] = []
  let counts = [0, 0, 0, 0]
  let quoted = false
  let blank = true
  for (let i = 0; i < text.length && lines.length < maxLines; i++) {
    const ch = text[i]
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (!blank) lines.push(counts)
      counts = [0, 0, 0, 0]
      blank = true
      continue
    } else if (!quoted) {
      const k = candidates.indexOf(ch as Delimiter)
      if (k >= 0) counts[k] = (counts[k] ?? 0) + 1
    }
    blank = false
  }
  if (!blank && lines.length < maxLines) lines.push(counts)
  return lines
}

/** The share of lines that have the most common non-zero count, and that count. */
function consistency(lines: number[][], k: number): { share: number; count: number } {
  const freq = new Map<number, number>()
  for (const line of lines) {
    const n = line[k] ?? 0
    if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1)
  }
  let best = { share: 0, count: 0 }
  for (const [count, times] of freq) {
    const share = times / lines.length
    if (share > best.share || (share === best.share && count > best.count)) best = { share, count }
  }
  return best
}

/**
 * Guesses the delimiter from the first ~20 lines: the candidate found the same number of times on the most
 * lines. Title lines with no delimiter lower every candidate alike, so they do not change the choice.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = countPerLine(text, 20)
  let best: Delimiter = ','
  let bestScore = { share: 0, count: 0 }
  candidates.forEach((delimiter, k) => {
    const score = consistency(lines, k)
    if (score.share > bestScore.share || (score.share === bestScore.share && score.count > bestScore.count)) {
      best = delimiter
      bestScore = score
    }
  })
  return best
}
