import * as XLSX from '@e965/xlsx'
import type { CellObject } from '@e965/xlsx'
import { sheetCell } from './sheet-cell'
import { attribute, inside, sharedStrings, stringItem, tags, unescapeXml } from './xlsx-xml'
import { Unsupported, Zip } from './xlsx-zip'

/**
 * Herald's own reader for the usual .xlsx: the ZIP read with Node's native inflate and each sheet's XML
 * scanned once, cell by cell, with the meaning SheetJS gives every cell (its rules are mirrored here, and
 * xlsx-reader.test.ts checks cell by cell that both readers agree on every fixture). SheetJS builds a
 * whole object model first and takes about four times as long on a 100,000-row sheet. Anything this
 * reader does not know (ZIP64, encryption, strict or prefixed XML, an unknown cell type or number format)
 * answers null, and the caller reads the file with SheetJS instead.
 */
export type FastSheet = { name: string; rows: (string | null)[][] }

// SheetJS's number formatting, typed as Herald uses it
const SSF = XLSX.SSF as {
  format(format: string, value: number): string
  is_date(format: string): boolean
  get_table(): Record<string, string>
}

// The formats Excel knows by number (SheetJS's table before any workbook adds its own)
const builtInFormats: Readonly<Record<number, string>> = Object.fromEntries(
  Object.entries(SSF.get_table()).filter(([id]) => Number(id) < 164),
)

/** Each cell style's number format, as text. */
function cellFormats(xml: string | null): string[] {
  if (xml === null) return []
  const formats: Record<number, string> = { ...builtInFormats }
  for (const tag of tags(xml, 'numFmt')) {
    const id = Number(attribute(tag, 'numFmtId'))
    const code = attribute(tag, 'formatCode')
    if (Number.isInteger(id) && code !== undefined) formats[id] = unescapeXml(code)
  }
  const xfs = inside(xml, 'cellXfs')
  if (xfs === null) return []
  return tags(xfs, 'xf').map((tag) => {
    const id = Number(attribute(tag, 'numFmtId') ?? 0)
    const format = formats[id]
    if (format === undefined) throw new Unsupported(`number format ${id}`)
    return format
  })
}

const errors: Readonly<Record<string, number>> = {
  '#NULL!': 0x00,
  '#DIV/0!': 0x07,
  '#VALUE!': 0x0f,
  '#REF!': 0x17,
  '#NAME?': 0x1d,
  '#NUM!': 0x24,
  '#N/A': 0x2a,
  '#GETTING_DATA': 0x2b,
  '#WTF?': 0xff,
}

const day = 24 * 60 * 60 * 1000
const epoch = Date.UTC(1899, 11, 30)

/** SheetJS's numdate: Excel's serial day (with its 29 February 1900) as a date; that day stays a number. */
function serialDate(serial: number): Date | number {
  if (serial >= 60 && serial < 61) return serial
  return new Date((serial > 60 ? serial : serial + 1) * day + epoch)
}

type Styles = { formats: string[]; dates: boolean[]; date1904: boolean }

/** A number cell as SheetJS sees it: a date where its format is one, otherwise with its shown text. */
function numberCell(value: number, style: string | undefined, styles: Styles): CellObject {
  const index = style === undefined ? -1 : Number(style)
  const format = styles.formats[index]
  // General shows no leading zeros, the only thing sheetCell reads a number's shown text for
  if (format === undefined || format === 'General') return { t: 'n', v: value }
  if (styles.dates[index]) {
    const date = serialDate(value + (styles.date1904 ? 1462 : 0))
    if (typeof date === 'number') return { t: 'n', v: date, w: SSF.format(format, value) }
    return { t: 'd', v: date }
  }
  return { t: 'n', v: value, w: SSF.format(format, value) }
}

function columnOf(ref: string): number {
  let column = 0
  for (let i = 0; i < ref.length; i++) {
    const letter = ref.charCodeAt(i) - 64
    if (letter < 1 || letter > 26) break
    column = 26 * column + letter
  }
  return column - 1
}

/** The text of the cell's `<v>`, without a regular expression in the usual case. */
function valueOf(body: string): string | null {
  if (body === '') return null
  const open = body.indexOf('<v>')
  if (open === -1 || body.indexOf('<v ') !== -1) return inside(body, 'v')
  const close = body.indexOf('</v>', open)
  return close === -1 ? null : body.slice(open + 3, close)
}

/** One cell's value as SheetJS gives it, or undefined where SheetJS keeps no cell. */
function cellValue(
  type: string | undefined,
  body: string,
  style: string | undefined,
  strings: (string | undefined)[],
  styles: Styles,
): CellObject | undefined {
  const found = valueOf(body)
  const raw = found !== null && found !== '' ? unescapeXml(found) : undefined
  switch (type ?? 'n') {
    case 'n':
      return raw === undefined ? undefined : numberCell(parseFloat(raw), style, styles)
    case 's': {
      if (raw === undefined) return undefined
      const index = parseInt(raw, 10)
      if (!(index >= 0 && index < strings.length)) throw new Unsupported('shared string index')
      return { t: 's', v: strings[index] }
    }
    case 'str':
      return { t: 's', v: raw === undefined ? '' : unescapeXml(raw, true) }
    case 'inlineStr': {
      const text = inside(body, 'is')
      return { t: 's', v: text === null ? '' : stringItem(text) }
    }
    case 'b':
      return raw === undefined ? undefined : { t: 'b', v: raw === '1' || raw === 'true' }
    case 'e':
      return raw === undefined ? undefined : { t: 'e', v: errors[raw], w: raw }
    default:
      // 'd' (ISO dates) and anything newer
      throw new Unsupported(`cell type ${type}`)
  }
}

/** The value of attribute `name` (with its leading space: ' r="') in a tag's text; undefined when absent. */
function attributeOf(tag: string, name: string): string | undefined {
  const at = tag.indexOf(name)
  if (at === -1) return undefined
  const from = at + name.length
  return tag.slice(from, tag.indexOf('"', from))
}

/** Where the tag that starts at `start` ends (its '>'), and whether it closes itself. */
function tagEnd(xml: string, start: number): number {
  const end = xml.indexOf('>', start)
  if (end === -1) throw new Unsupported('unfinished tag')
  return end
}

function sheetRows(xml: string, strings: (string | undefined)[], styles: Styles): (string | null)[][] {
  const rows: (string | null)[][] = []
  const dataStart = xml.indexOf('<sheetData')
  // Namespace prefixes and single-quoted attributes are valid XML that Herald leaves to SheetJS; a writer
  // that uses them does so from its first rows on
  const head = xml.slice(0, dataStart === -1 ? 65536 : dataStart + 65536)
  if (/<\w+:(?:sheetData|row|c)\b/.test(head) || /\s(?:r|s|t)='/.test(head)) {
    throw new Unsupported('prefixed or single-quoted worksheet')
  }
  if (dataStart === -1) return rows
  const dataEnd = xml.indexOf('</sheetData>', dataStart)
  const last = dataEnd === -1 ? xml.length : dataEnd
  let rowNumber = 0
  for (let at = xml.indexOf('<row', dataStart); at !== -1 && at < last; at = xml.indexOf('<row', at)) {
    const next = xml.charCodeAt(at + 4)
    if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
      at += 4
      continue
    }
    const end = tagEnd(xml, at)
    const r = attributeOf(xml.slice(at, end), ' r="')
    if (xml.charCodeAt(end - 1) === 47) {
      if (r === undefined) throw new Unsupported('empty row without a number')
      at = end + 1
      continue
    }
    rowNumber = r !== undefined ? parseInt(r, 10) : rowNumber + 1
    const close = xml.indexOf('</row>', end)
    const rowEnd = close === -1 || close > last ? last : close
    rows[rowNumber - 1] = rowCells(xml, end + 1, rowEnd, strings, styles)
    at = rowEnd
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= []
  return rows
}

function rowCells(
  xml: string,
  start: number,
  end: number,
  strings: (string | undefined)[],
  styles: Styles,
): (string | null)[] {
  const out: (string | null)[] = []
  let column = -1
  for (let at = xml.indexOf('<c', start); at !== -1 && at < end; at = xml.indexOf('<c', at)) {
    const next = xml.charCodeAt(at + 2)
    if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
      at += 2
      continue
    }
    const close = tagEnd(xml, at)
    const tag = xml.slice(at, close)
    const ref = attributeOf(tag, ' r="')
    const type = attributeOf(tag, ' t="')
    const style = attributeOf(tag, ' s="')
    column = ref !== undefined ? columnOf(ref) : column + 1
    let body = ''
    if (xml.charCodeAt(close - 1) === 47) at = close + 1
    else {
      const cellEnd = xml.indexOf('</c>', close)
      const bodyEnd = cellEnd === -1 || cellEnd > end ? end : cellEnd
      body = xml.slice(close + 1, bodyEnd)
      at = bodyEnd
    }
    const cell = cellValue(type, body, style, strings, styles)
    if (cell === undefined) continue
    while (out.length < column) out.push(null)
    out[column] = sheetCell(cell)
  }
  return out
}

type Relationship = { type: string; target: string }

function relationships(zip: Zip, part: string): Map<string, Relationship> {
  const slash = part.lastIndexOf('/')
  const folder = part.slice(0, slash + 1)
  const xml = zip.text(`${folder}_rels/${part.slice(slash + 1)}.rels`) ?? ''
  const out = new Map<string, Relationship>()
  for (const tag of tags(xml, 'Relationship')) {
    const id = attribute(tag, 'Id')
    const target = attribute(tag, 'Target')
    if (id === undefined || target === undefined || attribute(tag, 'TargetMode') === 'External') continue
    out.set(id, { type: attribute(tag, 'Type') ?? '', target: resolvePart(folder, unescapeXml(target)) })
  }
  return out
}

function resolvePart(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : folder + target).split('/')
  const out: string[] = []
  for (const part of parts) {
    if (part === '..') out.pop()
    else if (part !== '.' && part !== '') out.push(part)
  }
  return out.join('/')
}

function read(zip: Zip): FastSheet[] {
  const root = [...relationships(zip, '').values()]
  const main = root.find((r) => r.type.endsWith('/officeDocument'))
  if (!main || !main.type.startsWith('http://schemas.openxmlformats.org/')) throw new Unsupported('main part')
  const workbook = zip.text(main.target)
  if (workbook === null || !/<workbook\b/.test(workbook)) throw new Unsupported('workbook')
  const related = relationships(zip, main.target)
  const partOf = (kind: string): string | null =>
    [...related.values()].find((r) => r.type.endsWith(`/${kind}`))?.target ?? null
  const stringsPart = partOf('sharedStrings')
  const stylesPart = partOf('styles')
  const strings = sharedStrings(stringsPart === null ? null : zip.text(stringsPart))
  const formats = cellFormats(stylesPart === null ? null : zip.text(stylesPart))
  const pr = tags(workbook, 'workbookPr')[0]
  const date1904 = pr !== undefined && ['1', 'true'].includes(attribute(pr, 'date1904') ?? '')
  const styles: Styles = { formats, dates: formats.map((f) => SSF.is_date(f)), date1904 }
  return tags(workbook, 'sheet').map((tag) => {
    const name = unescapeXml(attribute(tag, 'name') ?? '')
    const id = /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1]
    const rel = id === undefined ? undefined : related.get(id)
    if (!rel) throw new Unsupported('sheet part')
    if (!rel.type.endsWith('/worksheet')) return { name, rows: [] }
    const xml = zip.text(rel.target)
    if (xml === null) throw new Unsupported('missing sheet')
    return { name, rows: sheetRows(xml, strings, styles) }
  })
}

/** The sheets of an .xlsx as rows of cell text (null = empty), or null when SheetJS should read it. */
export function readXlsxFast(bytes: Uint8Array): FastSheet[] | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer.length < 22 || buffer.readUInt32LE(0) !== 0x04034b50) return null
  try {
    const zip = new Zip(buffer)
    // Binary workbooks (.xlsb) and OpenDocument are for SheetJS
    if (!zip.has('_rels/.rels') || zip.has('content.xml')) return null
    return read(zip)
  } catch {
    return null
  }
}
