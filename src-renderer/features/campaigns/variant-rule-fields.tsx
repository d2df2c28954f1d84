import type { ReactElement } from 'react'
import type { Template, VariantRule } from '../../../src-shared/domain/campaigns'
import { Field } from '../../ui/field'
import { Segmented } from '../../ui/segmented'
import { SelectField } from '../../ui/select'
import type { Choice } from '../../ui/select'
import { conditionFor, evenWeights, weightsFor } from './use-campaign-form'
import type { CampaignForm, Condition, ConditionTest } from './use-campaign-form'
import { useT } from '../../i18n/use-t'
import { describeRuleWords } from './rule-words'

const percentSign = '%'
const conditionTests: ConditionTest[] = ['empty', 'not_empty', 'equals', 'contains']

type RuleFieldsProps = {
  template: Template
  form: CampaignForm
  fields: string[]
  rule: VariantRule
  error: string | undefined
  update: (patch: Partial<CampaignForm>) => void
}

function SplitFields({ template, form, update }: RuleFieldsProps): ReactElement {
  const t = useT()
  const weights = weightsFor(form, template.variants)
  const total = template.variants.reduce((sum, v) => sum + (Number(weights[v.name]) || 0), 0)
  return (
    <div className="rule-split">
      {template.variants.map((variant) => (
        <label key={variant.name} className="rule-split__share">
          <span className="rule-split__name">{variant.name}</span>
          <input
            className="input rule-split__input"
            type="number"
            min={0}
            max={100}
            inputMode="numeric"
            aria-label={t('campaigns.rule.shareFor', { name: variant.name })}
            value={weights[variant.name] ?? ''}
            onChange={(event) => update({ weights: { ...weights, [variant.name]: event.target.value } })}
          />
          <span aria-hidden="true">{percentSign}</span>
        </label>
      ))}
      <p className={`rule-split__total${total === 100 ? '' : ' rule-split__total--off'}`}>
        {t('campaigns.rule.total', { total: total / 100 })}
      </p>
      <button
        type="button"
        className="button button--small"
        onClick={() => update({ weights: evenWeights(template.variants) })}
      >
        {t('campaigns.rule.evenly')}
      </button>
    </div>
  )
}

function ConditionFields({ template, form, fields, update }: RuleFieldsProps): ReactElement {
  const t = useT()
  const tests: Choice<ConditionTest>[] = conditionTests.map((test) => ({
    value: test,
    label: t(`campaigns.rule.test.${test}`),
  }))
  const condition = conditionFor(form, template.variants, fields)
  const set = (patch: Partial<Condition>): void => update({ condition: { ...condition, ...patch } })
  const names = template.variants.map((v) => ({ value: v.name, label: v.name }))
  const keys = [...new Set([condition.field, ...fields])].map((key) => ({
    value: key,
    label: key.replace(/_/g, ' '),
  }))
  return (
    <div className="rule-condition">
      <SelectField
        label={t('campaigns.rule.field')}
        value={condition.field}
        options={keys}
        onChange={(field) => set({ field })}
      />
      <SelectField
        label={t('campaigns.rule.testLabel')}
        value={condition.test}
        options={tests}
        onChange={(test) => set({ test })}
      />
      {condition.test === 'equals' || condition.test === 'contains' ? (
        <Field label={t('campaigns.rule.value')}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={condition.value}
              onChange={(e) => set({ value: e.target.value })}
            />
          )}
        </Field>
      ) : null}
      <SelectField
        label={t('campaigns.rule.then')}
        value={condition.then}
        options={names}
        onChange={(then) => set({ then })}
      />
      <SelectField
        label={t('campaigns.rule.otherwise')}
        value={condition.otherwise}
        options={names}
        onChange={(otherwise) => set({ otherwise })}
      />
    </div>
  )
}

/** How a message with several variants picks one per contact: at random by share, or by a field. */
export function VariantRuleFields(props: RuleFieldsProps): ReactElement {
  const t = useT()
  const { form, rule, error, update } = props
  return (
    <fieldset className="rule" aria-describedby="rule-description">
      <legend className="form-legend">{t('campaigns.rule.legend')}</legend>
      <Segmented
        label={t('campaigns.rule.how')}
        name="rule-kind"
        options={[
          ['split', t('campaigns.rule.split')],
          ['condition', t('campaigns.rule.condition')],
        ]}
        value={form.ruleKind}
        onChange={(ruleKind) => update({ ruleKind })}
      />
      {form.ruleKind === 'split' ? <SplitFields {...props} /> : <ConditionFields {...props} />}
      {/* A rule that cannot be used is not described as if it could ("70 % get A, 50 % get B"). */}
      {error ? (
        <p id="rule-description" className="form-field__error" role="alert">
          {error}
        </p>
      ) : (
        <p id="rule-description" className="rule__description" aria-live="polite">
          {describeRuleWords(t, rule)}
        </p>
      )}
    </fieldset>
  )
}
