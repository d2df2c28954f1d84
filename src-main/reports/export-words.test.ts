import { describe, expect, it } from 'vitest'
import { categoryInfo } from '../../src-shared/domain/error-categories'
import { conversationStatusLabels } from '../../src-shared/domain/inbox'
import { rateBases, rateNames } from '../../src-shared/domain/rates'
import { reportGroups, reportMeasures } from '../../src-shared/domain/report-definitions'
import { campaignStatusLabels, messageStatusLabels } from '../../src-shared/domain/status-words'
import {
  campaignStatusWords,
  categoryAdvice,
  categoryWords,
  conversationStatusWords,
  customHeading,
  messageStatusWords,
  sayingIn,
  yesNo,
} from './export-words'

const english = sayingIn()
const spanish = sayingIn('es')

describe('the words of an export', () => {
  it('are in English the words every screen and the command line use', () => {
    expect(campaignStatusWords(english)).toEqual(campaignStatusLabels)
    expect(messageStatusWords(english)).toEqual(messageStatusLabels)
    expect(conversationStatusWords(english)).toEqual(conversationStatusLabels)
    const info = Object.entries(categoryInfo)
    expect(categoryWords(english)).toEqual(Object.fromEntries(info.map(([code, i]) => [code, i.label])))
    expect(categoryAdvice(english)).toEqual(
      Object.fromEntries(info.map(([code, i]) => [code, i.recommendation])),
    )
    expect(yesNo(english)).toEqual({ true: 'Yes', false: 'No' })
    // Each rate says what it is out of, as every screen says it
    for (const rate of ['success', 'delivery', 'read', 'reply'] as const)
      expect(english(`exports.column.${rate}Rate`)).toBe(`${rateNames[rate]} % (${rateBases[rate]})`)
  })

  it('are in the language chosen, for statuses, problems, advice and yes/no', () => {
    expect(messageStatusWords(spanish).delivered).toBe('Entregado')
    expect(campaignStatusWords(sayingIn('fr')).completed).not.toBe('Finished')
    expect(categoryWords(spanish).not_on_whatsapp).toBe('No tiene WhatsApp')
    expect(categoryAdvice(sayingIn('ar')).invalid_number).not.toBe(categoryInfo.invalid_number.recommendation)
    expect(yesNo(sayingIn('pt-BR'))).toEqual({ true: 'Sim', false: 'Não' })
  })

  it('name a custom report’s columns as its definition does in English, in words in other languages', () => {
    for (const column of [...reportGroups, ...reportMeasures]) {
      expect(customHeading(english, column)).toBe(column)
      expect(customHeading(spanish, column)).not.toBe(column)
    }
    expect(customHeading(spanish, 'deliveryRate')).toBe('Tasa de entrega')
    // A column the catalogue does not know keeps its name
    expect(customHeading(spanish, 'somethingNew')).toBe('somethingNew')
  })
})
