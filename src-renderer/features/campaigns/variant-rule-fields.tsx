import type { ReactElement } from 'react'
import type { Template, VariantRule } from '../../../src-shared/domain/campaigns'
import { describeRule } from '../../../src-shared/domain/variant-rule'
import { Field } from '../../ui/field'
import { Segmented } from '../../ui/segmented'
import { SelectField } from '../../ui/select'
import type { Choice } from '../../ui/select'
import { conditionFor, evenWeights, weightsFor } from './use-campaign-form'
import type { CampaignForm, Condition, ConditionTest } from './use-campaign-form'

const ruleKinds = [
  ['split', 'A/B split'],
  ['condition', 'Choose by a field'],
] as const

const tests: Choice<ConditionTest>[] = [
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
  const names = template.variants.map((v) => ({ value: v.name, label: v.name }))
  const keys = [...new Set([condition.field, ...fields])].map((key) => ({
    value: key,
    label: key.replace(/_/g, ' '),
  }))
  return (
    <div className="rule-condition">
      <SelectField
        label="Field"
        value={condition.field}
        options={keys}
        onChange={(field) => set({ field })}
      />
      <SelectField label="Test" value={condition.test} options={tests} onChange={(test) => set({ test })} />
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
      <SelectField
        label="Then use"
        value={condition.then}
        options={names}
        onChange={(then) => set({ then })}
      />
      <SelectField
        label="Otherwise use"
        value={condition.otherwise}
        options={names}
        onChange={(otherwise) => set({ otherwise })}
      />
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
      {/* A rule that cannot be used is not described as if it could ("70 % get A, 50 % get B"). */}
      {error ? (
        <p id="rule-description" className="form-field__error" role="alert">
          {error}
        </p>
      ) : (
        <p id="rule-description" className="rule__description" aria-live="polite">
          {describeRule(rule)}
        </p>
      )}
    </fieldset>
  )
}
