import type { ReactElement } from 'react'
import { Link } from 'react-router'
import { attachmentWords } from '../../../src-shared/domain/attachments'
import type { Template, VariantRule } from '../../../src-shared/domain/campaigns'
import type { ContactList } from '../../../src-shared/domain/contacts'
import { formatCount, plural } from '../../lib/format'
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

function listHelp(list: ContactList | null): string | null {
  if (!list) return null
  const skipped = list.counts.total - list.counts.valid
  const will = `${plural(list.counts.valid, 'contact gets', 'contacts get')} the message`
  return skipped > 0
    ? `${will}; ${formatCount(skipped)} cannot be messaged (invalid, duplicate or opted out).`
    : `${will}.`
}

type SelectProps<T> = { error: string | undefined; onChange: (id: number) => void } & T

function ListSelect({ list, error, onChange }: SelectProps<{ list: ContactList | null }>): ReactElement {
  const lists = useStore((state) => state.lists)
  return (
    <SelectField
      label="Contact list"
      help={listHelp(list)}
      error={error}
      value={list?.id ?? ''}
      options={lists.map((l) => ({ value: l.id, label: `${l.name} — ${formatCount(l.counts.valid)} valid` }))}
      onChange={onChange}
    />
  )
}

function MessageSelect({
  template,
  error,
  onChange,
}: SelectProps<{ template: Template | null }>): ReactElement {
  const templates = useStore((state) => state.templates)
  const variants = template?.variants.length ?? 0
  const help = template ? (
    <>
      {variants > 1 ? `${variants} variants. ` : ''}
      {template.attachment ? `With the ${attachmentWords(template.attachment)}. ` : ''}
      <Link to={`/compose?message=${template.id}`}>Edit it on Compose</Link>
    </>
  ) : null
  return (
    <SelectField
      label="Message"
      error={error}
      help={help}
      value={template?.id ?? ''}
      options={templates.map((t) => ({ value: t.id, label: t.name }))}
      onChange={onChange}
    />
  )
}

/** Who the campaign goes to and what they get. */
export function CampaignFields(props: CampaignFieldsProps): ReactElement {
  const { form, update, list, template, fields, rule, errors } = props
  const variants = template?.variants ?? []
  return (
    <>
      <section className="card new-campaign__section" aria-label="Who and what">
        <NameField
          label="Campaign name"
          value={form.name}
          onChange={(name) => update({ name })}
          placeholder={template && list ? `${template.name} to ${list.name}` : 'Spring offer'}
          help="For you, to find it later. Contacts never see it."
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
          props.ruleError
            ? 'Fix the variant choice above to see the preview.'
            : 'Choose a list and a message.'
        }
        showVariant={variants.length > 1}
        media={template?.attachment ? <BubbleAttachment attachment={template.attachment} /> : undefined}
      />
    </>
  )
}
