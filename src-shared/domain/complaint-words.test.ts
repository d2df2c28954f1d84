import { describe, expect, it } from 'vitest'
import { complaintPhrase, defaultComplaintWords, parseComplaintWords } from './complaint-words'
import { settingDefaults, validateSettings } from './settings'

const match = (text: string): string | null => complaintPhrase(text, defaultComplaintWords)

describe('complaint words', () => {
  it('finds the phrase anywhere in the reply, in any case, without accents or punctuation', () => {
    expect(match('Who is this??')).toBe('who is this')
    expect(match('sorry, WHO IS THIS')).toBe('who is this')
    expect(match('Who’s this?')).toBe("who's this")
    expect(match('This is SPAM.')).toBe('spam')
    expect(match('I think you have the wrong number')).toBe('wrong number')
  })

  it('knows Spanish, Portuguese, French, German, Italian and Arabic', () => {
    expect(match('¿Quién es?')).toBe('quién es')
    expect(match('quien es')).toBe('quién es')
    expect(match('Numero equivocado')).toBe('número equivocado')
    expect(match('Quem é?')).toBe('quem é')
    expect(match('número errado, obrigado')).toBe('número errado')
    expect(match("C'est qui ?")).toBe("c'est qui")
    expect(match('Mauvais numero')).toBe('mauvais numéro')
    expect(match('Wer ist das?')).toBe('wer ist das')
    expect(match('FALSCHE NUMMER')).toBe('falsche nummer')
    expect(match('Chi è?')).toBe('chi è')
    expect(match('numero sbagliato')).toBe('numero sbagliato')
    expect(match('مين؟')).toBe('مين')
    expect(match('رقم خطا')).toBe('رقم خطأ')
    expect(match('مَن أنتَ')).toBe('من أنت')
  })

  it('matches whole words only, and nothing in an ordinary reply', () => {
    expect(match('Spammer')).toBeNull()
    expect(match('Thanks! How much is it?')).toBeNull()
    expect(match('Interested, can you call me?')).toBeNull()
    expect(match('Chiedo informazioni')).toBeNull()
    expect(match('')).toBeNull()
    expect(complaintPhrase('who is this', [])).toBeNull()
  })

  it('reads the setting: commas (Arabic ones too) separate phrases, spaces are trimmed', () => {
    expect(parseComplaintWords(' spam , who is this،مين ,, ')).toEqual(['spam', 'who is this', 'مين'])
    expect(parseComplaintWords('')).toEqual([])
  })

  it('is a setting whose default is the whole list, and which may be emptied', () => {
    expect(parseComplaintWords(settingDefaults['campaign.complaintWords'])).toEqual(defaultComplaintWords)
    const errors = (value: unknown): string | undefined =>
      validateSettings({ ...settingDefaults, 'campaign.complaintWords': value })['campaign.complaintWords']
    expect(errors('')).toBeUndefined()
    expect(errors('x'.repeat(2001))).toMatch(/too long/)
  })
})
