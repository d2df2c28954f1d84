import type { ReactElement } from 'react'
import { Link } from 'react-router'
import type { Template, VariantRule } from '../../../src-shared/domain/campaigns'
import type { ContactList } from '../../../src-shared/domain/contacts'
import { formatCount } from '../../lib/format'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import { attachmentValues } from './attachment'
import { useStore } from '../../state/store'
import { NameField } from '../../ui/field'
import { SelectField } from '../../ui/select'
import { BubbleAttachment } from '../../ui/bubble-attachment'
import { MessagePreview } from '../../ui/message-preview'
import { RecentField } from './recent-field'
import type { CampaignForm, FormErrors, RecentChoice } from './use-campaign-form'
import { VariantRuleFields } from './variant-rule-fields'

type CampaignFieldsProps = {
  form: CampaignForm
  update: (patch: Partial<CampaignForm>) => void
  list: ContactList | null
  template: Template | null
  fields: string[]
  rule: VariantRule
  /** The contact frequency cap, as chosen or from Settings. */
  recent: RecentChoice
  errors: FormErrors
  ruleError: string | undefined
}

function listHelp(t: Translate, list: ContactList | null): string | null {
  if (!list) return null
  const skipped = list.counts.total - list.counts.valid
  return skipped > 0
    ? t('campaigns.form.listHelpSkipped', { count: list.counts.valid, skipped: formatCount(skipped) })
    : t('campaigns.form.listHelp', { count: list.counts.valid })
}

type SelectProps<T> = { error: string | undefined; onChange: (id: number) => void } & T

function ListSelect({ list, error, onChange }: SelectProps<{ list: ContactList | null }>): ReactElement {
  const t = useT()
  const lists = useStore((state) => state.lists)
  return (
    <SelectField
      label={t('campaigns.form.list')}
      help={listHelp(t, list)}
      error={error}
      value={list?.id ?? ''}
      options={lists.map((l) => ({
        value: l.id,
        label: t('campaigns.form.listOption', { name: l.name, valid: formatCount(l.counts.valid) }),
      }))}
      onChange={onChange}
    />
  )
}

function MessageSelect({
  template,
  error,
  onChange,
}: SelectProps<{ template: Template | null }>): ReactElement {
  const t = useT()
  const templates = useStore((state) => state.templates)
  const variants = template?.variants.length ?? 0
  const help = template ? (
    <>
      {variants > 1 ? `${t('campaigns.form.variants', { count: variants })} ` : ''}
      {template.attachment
        ? `${t('campaigns.form.withAttachment', attachmentValues(template.attachment))} `
        : ''}
      <Link to={`/compose?message=${template.id}`}>{t('campaigns.form.editOnCompose')}</Link>
    </>
  ) : null
  return (
    <SelectField
      label={t('campaigns.form.message')}
      error={error}
      help={help}
      value={template?.id ?? ''}
      options={templates.map((m) => ({ value: m.id, label: m.name }))}
      onChange={onChange}
    />
  )
}

/** Who the campaign goes to and what they get. */
export function CampaignFields(props: CampaignFieldsProps): ReactElement {
  const { form, update, list, template, fields, rule, errors } = props
  const t = useT()
  const variants = template?.variants ?? []
  return (
    <>
      <section className="card new-campaign__section" aria-label={t('campaigns.form.whoAndWhat')}>
        <NameField
          label={t('campaigns.form.name')}
          value={form.name}
          onChange={(name) => update({ name })}
          placeholder={
            template && list
              ? t('campaigns.form.defaultName', { message: template.name, list: list.name })
              : t('campaigns.form.namePlaceholder')
          }
          help={t('campaigns.form.nameHelp')}
        />
        <ListSelect list={list} error={errors.list} onChange={(listId) => update({ listId })} />
        <RecentField
          recent={props.recent}
          dryRun={form.dryRun}
          error={errors.recent}
          onChange={(recent) => update({ recent })}
        />
        <MessageSelect
          template={template}
          error={errors.template}
          onChange={(templateId) => update({ templateId })}
        />
        {template && variants.length > 1 ? (
          <div className="rule-box">
            <VariantRuleFields
              template={template}
              form={form}
              fields={fields}
              rule={rule}
              error={props.ruleError}
              update={update}
            />
          </div>
        ) : null}
      </section>
      <MessagePreview
        query={list && template && !props.ruleError ? { listId: list.id, variants, variantRule: rule } : null}
        blocked={
          props.ruleError ? t('campaigns.form.previewBlockedRule') : t('campaigns.form.previewBlocked')
        }
        showVariant={variants.length > 1}
        media={template?.attachment ? <BubbleAttachment attachment={template.attachment} /> : undefined}
      />
    </>
  )
}
