import { useEffect, useState } from 'react'
import type { ReactElement } from 'react'
import type { ErrorCategory } from '../../../src-shared/domain/campaigns'
import type { MessageLogRow } from '../../../src-shared/domain/history'
import { api } from '../../lib/api'
import { useThrottled } from '../../lib/use-throttled'
import { leftToRight } from '../../lib/bidi'
import { formatCount, formatPhone } from '../../lib/format'
import { ProblemList } from '../../ui/problem-list'
import type { Problem } from '../../ui/problem-list'
import { Card } from '../../ui/card'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'

type Failures = { groups: Problem[]; partial: boolean }
const space = ' '

/** Enough rows to show the pattern; the full list is in the messages table below. */
const sampleLimit = 500
function group(t: Translate, rows: MessageLogRow[]): Problem[] {
  const groups = new Map<ErrorCategory, Problem & { examples: string[] }>()
  for (const row of rows) {
    const category = row.category ?? 'unknown'
    const label = t(`campaigns.errorCategory.${category}.title`)
    const advice = t(`campaigns.errorCategory.${category}.advice`)
    const entry = groups.get(category) ?? { category, label, advice, count: 0, examples: [] }
    entry.count++
    if (entry.examples.length < 3) entry.examples.push(row.name ?? leftToRight(formatPhone(row.phone)))
    groups.set(category, entry)
  }
  return [...groups.values()]
}

/** The failed and skipped messages, grouped by why; read again when their number changes. */
function useFailures(campaignId: number, failed: number, skipped: number): Failures | null {
  const t = useT()
  const key = `${campaignId}|${failed}|${skipped}`
  const [loaded, setLoaded] = useState<{ key: string; value: Failures } | null>(null)
  useEffect(() => {
    if (failed + skipped === 0) return
    let current = true
    const read = (status: 'failed' | 'skipped') =>
      api.invoke('history:messages', { campaignId, status, offset: 0, limit: sampleLimit })
    void Promise.all([read('failed'), read('skipped')]).then(([f, s]) => {
      if (!current) return
      const rows = [...(f.ok ? f.value.rows : []), ...(s.ok ? s.value.rows : [])]
      const partial = (f.ok && f.value.total > sampleLimit) || (s.ok && s.value.total > sampleLimit)
      setLoaded({ key, value: { groups: group(t, rows), partial } })
    })
    return () => {
      current = false
    }
  }, [key, campaignId, failed, skipped, t])
  return failed + skipped === 0 ? { groups: [], partial: false } : (loaded?.value ?? null)
}

type ErrorsPanelProps = { campaignId: number; failed: number; skipped: number }

/** Why messages failed or were skipped, and what the shop owner can do about each reason. */
export function ErrorsPanel({ campaignId, failed, skipped }: ErrorsPanelProps): ReactElement | null {
  const t = useT()
  const [readFailed, readSkipped] = useThrottled(`${failed}|${skipped}`, 3000).split('|').map(Number)
  const failures = useFailures(campaignId, readFailed ?? 0, readSkipped ?? 0)
  if (!failures || failures.groups.length === 0) return null
  return (
    <Card title={t('campaigns.problems.title')} className="problems">
      <p className="card__intro">
        {t('campaigns.problems.intro', { failed: formatCount(failed), skipped: formatCount(skipped) })}
        {failures.partial ? space + t('campaigns.problems.partial', { limit: sampleLimit }) : null}
      </p>
      <ProblemList problems={failures.groups} />
    </Card>
  )
}
