import { Unsupported } from './xlsx-zip'

// The XML of an .xlsx as SheetJS reads it: its escapes, attributes and shared strings.

// SheetJS's unescapexml: the five entities and character references, then OOXML's _xHHHH_ escapes; CDATA
// kept as it is. Shared strings and formula results also turn CR LF into LF.
const entity = /&(?:quot|apos|gt|lt|amp|#x?([\da-fA-F]+));/gi
const escapedChar = /_x([\da-fA-F]{4})_/gi
const named: Readonly<Record<string, string>> = {
  '&quot;': '"',
  '&apos;': "'",
  '&gt;': '>',
  '&lt;': '<',
  '&amp;': '&',
}

function unescapeRaw(text: string): string {
  const cdata = text.indexOf('<![CDATA[')
  if (cdata === -1) {
    return text
      .replace(entity, (whole: string, code: string | undefined) => {
        if (named[whole] !== undefined) return named[whole]
        return String.fromCharCode(parseInt(code ?? '', whole.includes('x') ? 16 : 10)) || whole
      })
      .replace(escapedChar, (_, code: string) => String.fromCharCode(parseInt(code, 16)))
  }
  const close = text.indexOf(']]>')
  return unescapeRaw(text.slice(0, cdata)) + text.slice(cdata + 9, close) + unescapeRaw(text.slice(close + 3))
}

export function unescapeXml(text: string, xlsx = false): string {
  if (text.indexOf('&') === -1 && text.indexOf('_x') === -1 && text.indexOf('<![CDATA[') === -1) {
    return xlsx && text.indexOf('\r') !== -1 ? text.replace(/\r\n/g, '\n') : text
  }
  const out = unescapeRaw(text)
  return xlsx ? out.replace(/\r\n/g, '\n') : out
}

const attributePatterns = new Map<string, RegExp>()

/** An attribute of a tag's text, by exact name (`r`, `s`, `t`, `numFmtId`); undefined when absent. */
export function attribute(tag: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name)
  if (!pattern) {
    pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    attributePatterns.set(name, pattern)
  }
  const found = pattern.exec(tag)
  return found ? (found[1] ?? found[2]) : undefined
}

/** Every start tag `<name …>` or `<name …/>` of the text, with its attributes' text. */
export function tags(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? []
}

const insidePatterns = new Map<string, [RegExp, RegExp]>()

/** SheetJS's str_match_xml_ns: the inside of the first `<tag …>…</tag>`, any namespace prefix. */
export function inside(text: string, tag: string): string | null {
  let patterns = insidePatterns.get(tag)
  if (!patterns) {
    patterns = [new RegExp(`<(?:\\w+:)?${tag}\\b[^<>]*>`, 'g'), new RegExp(`</(?:\\w+:)?${tag}>`, 'g')]
    insidePatterns.set(tag, patterns)
  }
  const [open, close] = patterns
  open.lastIndex = 0
  const found = open.exec(text)
  if (!found) return null
  close.lastIndex = open.lastIndex
  const end = close.exec(text)
  return end ? text.slice(open.lastIndex, end.index) : null
}

const richText = /<(?:\w+:)?r\b[^<>]*>/
const textRun = /<(?:\w+:)?t\b[^<>]*>([^<]*)<\/(?:\w+:)?t>/g
const phonetic = /<(?:\w+:)?rPh\b[^<>]*>[\s\S]*?<\/(?:\w+:)?rPh>/g
const anyTag = /<[^<>]*>/g

/** SheetJS's parse_si: a plain `<t>`, or rich text's runs without their phonetic guides. */
export function stringItem(x: string): string | undefined {
  if (/^\s*<(?:\w+:)?t[^>]*>/.test(x)) {
    return unescapeXml(x.slice(x.indexOf('>') + 1).split(/<\/(?:\w+:)?t>/)[0] ?? '', true)
  }
  if (richText.test(x)) {
    return unescapeXml((x.replace(phonetic, '').match(textRun) ?? []).join('').replace(anyTag, ''), true)
  }
  return undefined
}

export function sharedStrings(xml: string | null): (string | undefined)[] {
  if (xml === null) return []
  if (/<(?:\w+:)?si\s*\/>/.test(xml) || /<\w+:si\b/.test(xml)) throw new Unsupported('shared strings')
  const out: (string | undefined)[] = []
  const item = /<si>([\s\S]*?)<\/si>/g
  for (let m = item.exec(xml); m; m = item.exec(xml)) out.push(stringItem(m[1] ?? ''))
  return out
}
