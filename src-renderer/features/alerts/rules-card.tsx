import { useState } from 'react'
import type { ReactElement } from 'react'
import type { AlertRule } from '../../../src-shared/domain/alerts'
import { useSay, useT } from '../../i18n/use-t'
import { api } from '../../lib/api'
import { Card } from '../../ui/card'
import { DataTable, RowAction } from '../../ui/data-table'
import { DeleteDialog } from '../../ui/delete-dialog'
import { ruleTargets, ruleWhen, testWords } from './alert-words'

type Tested = { ruleId: number; words: string; failed: boolean }

/** "Send test" on a rule: the sample goes out, and the row says what became of it. */
function useSendTest(): {
  test: (rule: AlertRule) => Promise<void>
  testing: number | null
  tested: Tested | null
} {
  const t = useT()
  const say = useSay()
  const [testing, setTesting] = useState<number | null>(null)
  const [tested, setTested] = useState<Tested | null>(null)
  const test = async (rule: AlertRule): Promise<void> => {
    setTesting(rule.id)
    setTested(null)
    const made = await api.invoke('alerts:test', { ruleId: rule.id })
    setTesting(null)
    if (!made.ok)
      return setTested({
        ruleId: rule.id,
        words: t('alerts.test.notSent', { reason: made.error.message }),
        failed: true,
      })
    const failed = made.value.some((d) => d.status !== 'delivered')
    setTested({ ruleId: rule.id, words: testWords(t, made.value, say), failed })
  }
  return { test, testing, tested }
}

function RuleRow(props: {
  rule: AlertRule
  onEdit: () => void
  onDelete: () => void
  test: ReturnType<typeof useSendTest>
}): ReactElement {
  const t = useT()
  const { rule, test } = props
  const name = ruleWhen(t, rule)
  const result = test.tested?.ruleId === rule.id ? test.tested : null
  return (
    <tr className={rule.enabled ? undefined : 'alert-rule--off'}>
      <td>
        <span className="alert-rule__when">{name}</span>
        {result ? (
          <p
            className={`alert-rule__tested${result.failed ? ' alert-rule__tested--failed' : ''}`}
            role="status"
          >
            {result.words}
          </p>
        ) : null}
      </td>
      <td>
        {ruleTargets(t, rule)}
        {rule.webhookUrl ? (
          <span className="alert-rule__url" title={rule.webhookUrl}>
            {rule.webhookUrl}
          </span>
        ) : null}
      </td>
      <td>
        <span className={`chip ${rule.enabled ? 'chip--alert-on' : 'chip--alert-off'}`}>
          {rule.enabled ? t('alerts.rules.on') : t('alerts.rules.off')}
        </span>
      </td>
      <td>
        <div className="alert-rule__actions">
          <button
            type="button"
            className="button button--small"
            aria-label={t('alerts.rules.sendTestLabel', { name })}
            disabled={test.testing !== null}
            onClick={() => void test.test(rule)}
          >
            {test.testing === rule.id ? t('alerts.rules.sending') : t('alerts.rules.sendTest')}
          </button>
          <RowAction label={t('alerts.rules.edit')} name={name} onClick={props.onEdit} />
          <RowAction label={t('alerts.rules.delete')} name={name} onClick={props.onDelete} />
        </div>
      </td>
    </tr>
  )
}

/** The alert rules: what each watches for, where its alert goes, and a test, edit and delete for each. */
export function RulesCard({
  rules,
  onAdd,
  onEdit,
}: {
  rules: AlertRule[]
  onAdd: () => void
  onEdit: (rule: AlertRule) => void
}): ReactElement {
  const t = useT()
  const [deleting, setDeleting] = useState<AlertRule | null>(null)
  const test = useSendTest()
  return (
    <Card
      title={t('alerts.rules.title')}
      className="card--flush alert-rules"
      headClassName="card__head alert-rules__head"
      actions={
        <button type="button" className="button button--primary button--small" onClick={onAdd}>
          {t('alerts.rules.add')}
        </button>
      }
    >
      <DataTable
        columns={[
          t('alerts.rules.when'),
          t('alerts.rules.tellMeBy'),
          t('alerts.rules.state'),
          { label: t('alerts.rules.actions'), hidden: true },
        ]}
        label={t('alerts.rules.title')}
      >
        {rules.map((rule) => (
          <RuleRow
            key={rule.id}
            rule={rule}
            test={test}
            onEdit={() => onEdit(rule)}
            onDelete={() => setDeleting(rule)}
          />
        ))}
      </DataTable>
      <DeleteDialog
        item={deleting}
        title={
          deleting ? t('alerts.delete.title', { name: ruleWhen(t, deleting) }) : t('alerts.delete.titleAny')
        }
        confirmLabel={t('alerts.delete.confirm')}
        onDelete={(rule) => api.invoke('alerts:delete', { ruleId: rule.id })}
        onClose={() => setDeleting(null)}
      >
        <p>{t('alerts.delete.body')}</p>
      </DeleteDialog>
    </Card>
  )
}
