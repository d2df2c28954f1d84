/**
 * Text kept left to right inside words of either direction, for plain strings (a screen's title, a dialog's
 * question, a notice): U+2066 LEFT-TO-RIGHT ISOLATE … U+2069 POP DIRECTIONAL ISOLATE. In Arabic text a phone
 * number's groups would otherwise come out in reverse order ("900123 7700 44+"). In markup, use the `phone`
 * class or `<bdi dir="ltr">` instead.
 */
export function leftToRight(text: string): string {
  return `\u2066${text}\u2069`
}
