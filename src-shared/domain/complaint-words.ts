import { foldText } from './opt-out-keywords'

/**
 * Phrases of a reply that sounds like a complaint — the person does not know the shop, or feels spammed —
 * in the languages of Herald's users. People who write this often block or report the number next, which
 * is what gets a WhatsApp number banned. Matched as whole words, without case or accents.
 */
export const defaultComplaintWords: readonly string[] = [
  // English
  'spam',
  'scam',
  'who is this',
  "who's this",
  'who are you',
  'wrong number',
  'how did you get my number',
  "don't message me",
  'leave me alone',
  // Spanish
  'quién es',
  'quién eres',
  'quién habla',
  'número equivocado',
  'quién te dio mi número',
  'no me escribas',
  'estafa',
  // Portuguese
  'quem é',
  'quem fala',
  'número errado',
  'quem te deu meu número',
  'não me mande mensagem',
  // French
  "c'est qui",
  'qui êtes-vous',
  'qui est-ce',
  'mauvais numéro',
  'faux numéro',
  'arnaque',
  // German
  'wer ist das',
  'wer sind sie',
  'falsche nummer',
  'woher haben sie meine nummer',
  'belästigung',
  // Italian
  'chi è',
  'chi sei',
  'chi parla',
  'numero sbagliato',
  'truffa',
  // Arabic
  'مين',
  'من أنت',
  'رقم خطأ',
  'رقم غلط',
  'سبام',
  'إزعاج',
]

/**
 * The first phrase the reply contains as whole words ("Who is this??" contains "who is this", "Spammer"
 * does not contain "spam"), as the phrase was written in the list; null when none.
 */
export function complaintPhrase(text: string, phrases: readonly string[]): string | null {
  const folded = foldText(text)
  if (folded === '') return null
  const padded = ` ${folded} `
  for (const phrase of phrases) {
    const p = foldText(phrase)
    if (p !== '' && padded.includes(` ${p} `)) return phrase
  }
  return null
}

/** "spam, who is this ، مين" → ["spam", "who is this", "مين"]: commas, Arabic commas too, separate them. */
export function parseComplaintWords(text: string): string[] {
  return text
    .split(/[,،]/)
    .map((phrase) => phrase.trim())
    .filter((phrase) => phrase.length > 0)
}
