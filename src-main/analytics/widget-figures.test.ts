import type { Database } from 'better-sqlite3'
import { beforeEach, describe, expect, it } from 'vitest'
import type { SeedMessage } from '../db/history-fixtures.test-support'
import { seedHistory } from '../db/history-fixtures.test-support'
import { latestSchemaVersion } from '../db/migrations'
import { schemaAt } from '../db/migrations/schema.test-support'
import { AnalyticsService } from './analytics-service'

const at = (day: string): string => `2026-03-${day}T10:00:00.000Z`
let db: Database
let spring: number

/** `n` messages of one status, each reaching the stages before it. */
function messages(n: number, status: 'replied' | 'delivered' | 'failed', from = 0): SeedMessage[] {
  return Array.from({ length: n }, (_, i) => ({
    phone: `+4479110${String(from + i).padStart(5, '0')}`,
    name: null,
    status,
    sentAt: status === 'failed' ? null : at('02'),
    deliveredAt: status === 'failed' ? null : at('02'),
    repliedAt: status === 'replied' ? at('02') : null,
    failedAt: status === 'failed' ? at('02') : null,
    category: status === 'failed' ? 'timeout' : null,
  }))
}

function seedTemplates(): void {
  const live = { dryRun: false, createdAt: at('02') }
  const ids = seedHistory(db, [
    // 32 sent of 40 attempted, 12 replies
    {
      ...live,
      name: 'Spring',
      templateName: 'Opening offer',
      messages: [
        ...messages(12, 'replied'),
        ...messages(20, 'delivered', 100),
        ...messages(8, 'failed', 200),
      ],
    },
    // Two campaigns of one template: 50 sent, 10 replies
    {
      ...live,
      name: 'Summer 1',
      templateName: 'Second chance',
      messages: [...messages(5, 'replied', 300), ...messages(20, 'delivered', 400)],
    },
    {
      ...live,
      name: 'Summer 2',
      templateName: 'Second chance',
      messages: [...messages(5, 'replied', 500), ...messages(20, 'delivered', 600)],
    },
    // The best rate, on too few messages to say
    { ...live, name: 'Try-out', templateName: 'Tiny test', messages: messages(3, 'replied', 700) },
    {
      name: 'Rehearsal',
      templateName: 'Rehearsed',
      createdAt: at('02'),
      messages: messages(9, 'replied', 800),
    },
  ])
  spring = ids[0] ?? 0
}

function seedConversations(): void {
  db.exec(`INSERT INTO accounts (id, name, phone, created_at) VALUES (2, 'Shop phone', NULL, '${at('01')}')`)
  const conversation =
    db.prepare(`INSERT INTO conversations (id, phone_e164, rehearsal, campaign_id, account_id,
      status, updated_at) VALUES (?, ?, ?, ?, ?, ?, '${at('01')}')`)
  conversation.run(1, '+447911000001', 0, spring, 1, 'lead')
  conversation.run(2, '+447911000002', 0, spring + 1, 1, 'new')
  conversation.run(3, '+447911000003', 0, spring, 2, 'opted_out')
  conversation.run(4, '+447911000004', 1, spring + 4, 1, 'new')
  conversation.run(5, '+447911000005', 0, spring, 1, 'handled')
  const message = db.prepare(`INSERT INTO conversation_messages (conversation_id, direction, campaign_id,
      account_id, text, at) VALUES (?, ?, ?, ?, 'Hi', ?)`)
  message.run(1, 'in', spring, 1, at('02'))
  message.run(1, 'in', spring, 1, at('10'))
  message.run(1, 'out', spring, 1, at('10'))
  message.run(2, 'in', spring + 1, 1, at('03'))
  message.run(3, 'in', spring, 2, at('04'))
  message.run(4, 'in', spring + 4, 1, at('03'))
  message.run(5, 'in', spring, 1, '2026-02-01T10:00:00.000Z')
}

beforeEach(() => {
  db = schemaAt(latestSchemaVersion)
  seedTemplates()
  seedConversations()
})

describe('best templates', () => {
  it('ranks templates by reply rate, those with too few messages last and marked', () => {
    const { templates } = new AnalyticsService(db).analytics({ since: '2026-03-01' })
    expect(templates.map((t) => t.template)).toEqual(['Opening offer', 'Second chance', 'Tiny test'])
    expect(templates[0]).toEqual({
      template: 'Opening offer',
      campaigns: 1,
      messages: 40,
      sent: 32,
      failed: 8,
      replied: 12,
      successRate: 0.8,
      replyRate: 0.375,
      smallSample: false,
    })
    expect(templates[1]).toMatchObject({ campaigns: 2, sent: 50, replied: 10, replyRate: 0.2 })
    expect(templates[2]).toMatchObject({ sent: 3, replyRate: 1, smallSample: true })
  })

  it('keeps to the campaign and kind asked for', () => {
    const service = new AnalyticsService(db)
    expect(service.analytics({ campaignId: spring }).templates.map((t) => t.template)).toEqual([
      'Opening offer',
    ])
    expect(service.analytics({ dryRun: 'dry' }).templates.map((t) => t.template)).toEqual(['Rehearsed'])
    expect(service.analytics({ since: '2026-03-03' }).templates).toEqual([])
  })
})

describe('replies and leads', () => {
  it('counts the replies that came in the period and where their conversations stand now', () => {
    const service = new AnalyticsService(db)
    expect(service.analytics({ since: '2026-03-01' }).inbox).toEqual({
      replies: 4,
      contacts: 3,
      waiting: 1,
      leads: 1,
      handled: 0,
      optedOut: 1,
    })
    expect(service.analytics({ since: '2026-03-05' }).inbox).toMatchObject({
      replies: 1,
      contacts: 1,
      leads: 1,
    })
    expect(service.analytics({}).inbox).toMatchObject({ replies: 5, contacts: 4, handled: 1 })
  })

  it('keeps to the campaign, the number and the kind asked for', () => {
    const service = new AnalyticsService(db)
    expect(service.analytics({ campaignId: spring, since: '2026-03-01' }).inbox).toMatchObject({
      replies: 3,
      contacts: 2,
      leads: 1,
      optedOut: 1,
    })
    expect(service.analytics({ accountId: 2 }).inbox).toMatchObject({ replies: 1, contacts: 1, optedOut: 1 })
    expect(service.analytics({ dryRun: 'dry' }).inbox).toMatchObject({ replies: 1, contacts: 1, waiting: 1 })
    expect(service.analytics({ dryRun: 'all', since: '2026-03-01' }).inbox.contacts).toBe(4)
  })
})
