/** Words that mean "stop messaging me", in the languages of Herald's users; matched without case or accents. */
export const defaultOptOutKeywords: readonly string[] = [
  'STOP',
  'UNSUBSCRIBE',
  'OPT OUT',
  'OPTOUT',
  'REMOVE',
  'BAJA',
  'DARSE DE BAJA',
  'PARAR',
  'ALTO',
  'CANCELAR',
  'SAIR',
  'PARE',
  'ARRET',
  'ARRETER',
  'DESABONNER',
  'STOPP',
  'ABMELDEN',
  'BASTA',
  'DISISCRIVITI',
]

/** Upper case, accents removed, punctuation and extra spaces dropped: "¡Baja!" → "BAJA". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The keyword a reply asks to opt out with, or null. A keyword counts when it is the whole message or its
 * first word(s), so "Stop please" opts out while "Don't stop the offers" does not.
 */
export function optOutKeyword(
  text: string,
  keywords: readonly string[] = defaultOptOutKeywords,
): string | null {
  const folded = foldText(text)
  if (folded === '') return null
  for (const keyword of keywords) {
    const k = foldText(keyword)
    if (k !== '' && (folded === k || folded.startsWith(`${k} `))) return keyword
  }
  return null
}

/** "STOP, Baja ,  parar" → ["STOP", "Baja", "parar"]: the setting is one line of comma-separated words. */
export function parseKeywords(text: string): string[] {
  return text
    .split(',')
    .map((word) => word.trim())
    .filter((word) => word.length > 0)
}
