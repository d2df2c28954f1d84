import type { Analytics } from '../../../src-shared/domain/analytics'

export type DayPoint = Analytics['daily'][number]

const dayMs = 86_400_000

/** Every day from the first to the last with activity, quiet days as zeros: a gap is news too. */
export function fillDays(daily: readonly DayPoint[]): DayPoint[] {
  const first = daily[0]
  const last = daily.at(-1)
  if (!first || !last) return []
  const byDate = new Map(daily.map((d) => [d.date, d]))
  const days: DayPoint[] = []
  for (let t = Date.parse(`${first.date}T00:00:00Z`); t <= Date.parse(`${last.date}T00:00:00Z`); t += dayMs) {
    const date = new Date(t).toISOString().slice(0, 10)
    days.push(byDate.get(date) ?? { date, sent: 0, delivered: 0, read: 0, replied: 0, failed: 0 })
  }
  return days
}
