import type { ReactElement } from 'react'
import type { Template, VariantRule } from '../../../src-shared/domain/campaigns'
import { describeRule } from '../../../src-shared/domain/variant-rule'
import { Field } from '../../ui/field'
import { Segmented } from '../../ui/segmented'
import { conditionFor, evenWeights, weightsFor } from './use-campaign-form'
import type { CampaignForm, Condition, ConditionTest } from './use-campaign-form'

const ruleKinds = [
  ['split', 'A/B split'],
  ['condition', 'Choose by a field'],
] as const

const tests: { value: ConditionTest; label: string }[] = [
  { value: 'empty', label: 'is empty' },
  { value: 'not_empty', label: 'is not empty' },
  { value: 'equals', label: 'equals' },
  { value: 'contains', label: 'contains' },
]

type RuleFieldsProps = {
  template: Template
  form: CampaignForm
  fields: string[]
  rule: VariantRule
  error: string | undefined
  update: (patch: Partial<CampaignForm>) => void
}

function SplitFields({ template, form, update }: RuleFieldsProps): ReactElement {
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
            aria-label={`Share for ${variant.name} (%)`}
            value={weights[variant.name] ?? ''}
            onChange={(event) => update({ weights: { ...weights, [variant.name]: event.target.value } })}
          />
          <span aria-hidden="true">%</span>
        </label>
      ))}
      <p className={`rule-split__total${total === 100 ? '' : ' rule-split__total--off'}`}>Total {total}%</p>
      <button
        type="button"
        className="button button--small"
        onClick={() => update({ weights: evenWeights(template.variants) })}
      >
        Share evenly
      </button>
    </div>
  )
}

function ConditionFields({ template, form, fields, update }: RuleFieldsProps): ReactElement {
  const condition = conditionFor(form, template.variants, fields)
  const set = (patch: Partial<Condition>): void => update({ condition: { ...condition, ...patch } })
  const names = template.variants.map((v) => v.name)
  const variantSelect = (label: string, key: 'then' | 'otherwise'): ReactElement => (
    <Field label={label}>
      {(control) => (
        <select
          {...control}
          className="input form-select"
          value={condition[key]}
          onChange={(e) => set({ [key]: e.target.value })}
        >
          {names.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      )}
    </Field>
  )
  return (
    <div className="rule-condition">
      <Field label="Field">
        {(control) => (
          <select
            {...control}
            className="input form-select"
            value={condition.field}
            onChange={(e) => set({ field: e.target.value })}
          >
            {[...new Set([condition.field, ...fields])].map((key) => (
              <option key={key} value={key}>
                {key.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Test">
        {(control) => (
          <select
            {...control}
            className="input form-select"
            value={condition.test}
            onChange={(e) => set({ test: e.target.value as ConditionTest })}
          >
            {tests.map((test) => (
              <option key={test.value} value={test.value}>
                {test.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      {condition.test === 'equals' || condition.test === 'contains' ? (
        <Field label="Value">
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
      {variantSelect('Then use', 'then')}
      {variantSelect('Otherwise use', 'otherwise')}
    </div>
  )
}

/** How a message with several variants picks one per contact: at random by share, or by a field. */
export function VariantRuleFields(props: RuleFieldsProps): ReactElement {
  const { form, rule, error, update } = props
  return (
    <fieldset className="rule" aria-describedby="rule-description">
      <legend className="form-legend">Which contacts get which variant</legend>
      <Segmented
        label="How to choose the variant"
        name="rule-kind"
        options={ruleKinds}
        value={form.ruleKind}
        onChange={(ruleKind) => update({ ruleKind })}
      />
      {form.ruleKind === 'split' ? <SplitFields {...props} /> : <ConditionFields {...props} />}
      <p id="rule-description" className="rule__description" aria-live="polite">
        {describeRule(rule)}
      </p>
      {error ? (
        <p className="form-field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
