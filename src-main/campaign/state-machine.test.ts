import { describe, expect, it } from 'vitest'
import { campaignStatuses, messageStatuses } from '../../src-shared/domain/campaigns'
import type { CampaignStatus } from '../../src-shared/domain/campaigns'
import { sayIn } from '../../src-shared/i18n/wording'
import { AppError } from '../errors'
import {
  assertCampaignMove,
  assertMessageMove,
  campaignTransitions,
  canMoveMessage,
  messageTransitions,
} from './state-machine'

const allowedCampaign: [string, string][] = [
  ['draft', 'scheduled'],
  ['draft', 'running'],
  ['draft', 'cancelled'],
  ['scheduled', 'running'],
  ['scheduled', 'cancelled'],
  ['scheduled', 'interrupted'],
  ['running', 'paused'],
  ['running', 'completed'],
  ['running', 'cancelled'],
  ['running', 'interrupted'],
  ['paused', 'running'],
  ['paused', 'cancelled'],
  ['interrupted', 'running'],
  ['interrupted', 'cancelled'],
]

const allowedMessage: [string, string][] = [
  ['queued', 'sending'],
  ['queued', 'skipped'],
  ['sending', 'sent'],
  ['sending', 'queued'],
  ['sending', 'failed'],
  ['sending', 'skipped'],
  ['sent', 'delivered'],
  ['sent', 'read'],
  ['sent', 'replied'],
  ['delivered', 'read'],
  ['delivered', 'replied'],
  ['read', 'replied'],
]

const key = (a: string, b: string): string => `${a}->${b}`

describe('campaign state machine', () => {
  it('lists exactly the allowed moves', () => {
    const table = Object.entries(campaignTransitions).flatMap(([from, tos]) => tos.map((to) => key(from, to)))
    expect(table.sort()).toEqual(allowedCampaign.map(([a, b]) => key(a, b)).sort())
  })

  const allowed = new Set(allowedCampaign.map(([a, b]) => key(a, b)))
  for (const from of campaignStatuses) {
    for (const to of campaignStatuses) {
      const ok = allowed.has(key(from, to))
      it(`${ok ? 'allows' : 'refuses'} ${from} → ${to}`, () => {
        if (ok) expect(() => assertCampaignMove(from, to)).not.toThrow()
        else {
          let thrown: unknown
          try {
            assertCampaignMove(from, to)
          } catch (error) {
            thrown = error
          }
          expect(thrown).toBeInstanceOf(AppError)
          expect((thrown as AppError).code).toBe('CONFLICT')
          expect((thrown as AppError).message).toMatch(/^This campaign is [a-z ]+, so it cannot be/)
        }
      })
    }
  }
})

describe('message state machine', () => {
  it('lists exactly the allowed moves', () => {
    const table = Object.entries(messageTransitions).flatMap(([from, tos]) => tos.map((to) => key(from, to)))
    expect(table.sort()).toEqual(allowedMessage.map(([a, b]) => key(a, b)).sort())
  })

  it('allows each listed move and refuses every other pair', () => {
    const allowed = new Set(allowedMessage.map(([a, b]) => key(a, b)))
    for (const from of messageStatuses) {
      for (const to of messageStatuses) {
        expect(canMoveMessage(from, to)).toBe(allowed.has(key(from, to)))
        if (allowed.has(key(from, to))) expect(() => assertMessageMove(from, to)).not.toThrow()
        else expect(() => assertMessageMove(from, to)).toThrow(AppError)
      }
    }
  })

  it('never lets a finished message be sent again', () => {
    for (const from of ['sent', 'delivered', 'read', 'replied', 'failed', 'skipped'] as const) {
      expect(canMoveMessage(from, 'sending')).toBe(false)
      expect(canMoveMessage(from, 'queued')).toBe(false)
    }
  })
})

describe('a refused move, in words', () => {
  const refusal = (from: CampaignStatus, to: CampaignStatus): AppError => {
    try {
      assertCampaignMove(from, to)
    } catch (error) {
      return error as AppError
    }
    throw new Error(`${from} → ${to} was allowed`)
  }

  it('says the state and the move in English for the CLI, and in the window’s language', () => {
    expect(refusal('completed', 'paused').message).toBe('This campaign is finished, so it cannot be paused.')
    expect(refusal('draft', 'paused').message).toBe(
      'This campaign is not started yet, so it cannot be paused.',
    )
    expect(refusal('cancelled', 'running').message).toBe(
      'This campaign is stopped, so it cannot be started or resumed.',
    )
    const said = refusal('completed', 'running').phrase
    expect(said && sayIn('es', said)).toBe(
      'Esta campaña está terminada, así que no se puede iniciar ni reanudar.',
    )
    expect(said && sayIn('ar', said)).toBe('هذه الحملة منتهية، لذا لا يمكن بدؤها أو استئنافها.')
  })
})
