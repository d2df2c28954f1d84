// Accents of the Latin, Greek and Cyrillic scripts (U+0300–036F) and Arabic's optional vowel marks: a
// search without them finds a name with them. Marks that are letters' vowels (Devanagari's) are kept.
const foldedMarks = /[\u0300-\u036f\u064b-\u065f\u0670]/g

/** Text as search compares it: "Núñez" and "NUNEZ" both become "nunez". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(foldedMarks, '').normalize('NFC').toLowerCase()
}

/** What a contact is found by besides the number: its name and every spreadsheet field, folded. */
export function contactSearchText(name: string | null, fieldValues: readonly string[]): string {
  return foldForSearch([name ?? '', ...fieldValues].join('\n'))
}
