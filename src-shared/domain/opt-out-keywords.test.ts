import { describe, expect, it } from 'vitest'
import { foldText, optOutKeyword } from './opt-out-keywords'

describe('opt-out keywords', () => {
  it('matches the whole message or its first word, in any case and without accents', () => {
    expect(optOutKeyword('STOP')).toBe('STOP')
    expect(optOutKeyword('stop')).toBe('STOP')
    expect(optOutKeyword('  Stop please ')).toBe('STOP')
    expect(optOutKeyword('¡Baja!')).toBe('BAJA')
    expect(optOutKeyword('Arrêt')).toBe('ARRET')
    expect(optOutKeyword('ARRÊTER svp')).toBe('ARRETER')
    expect(optOutKeyword('Stopp')).toBe('STOPP')
    expect(optOutKeyword('sair')).toBe('SAIR')
    expect(optOutKeyword('Cancelar.')).toBe('CANCELAR')
    expect(optOutKeyword('unsubscribe me')).toBe('UNSUBSCRIBE')
  })

  it('does not match a keyword inside a sentence or a longer word', () => {
    expect(optOutKeyword("Don't stop the offers")).toBeNull()
    expect(optOutKeyword('Stopwatch for sale?')).toBeNull()
    expect(optOutKeyword('Thanks!')).toBeNull()
    expect(optOutKeyword('')).toBeNull()
    expect(optOutKeyword('🙂')).toBeNull()
  })

  it('uses the keywords it is given', () => {
    expect(optOutKeyword('nein danke', ['NEIN'])).toBe('NEIN')
    expect(optOutKeyword('stop', ['NEIN'])).toBeNull()
  })

  it('folds text for comparison', () => {
    expect(foldText('  Ça   va? ')).toBe('CA VA')
  })
})
