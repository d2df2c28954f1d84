import type { ReactElement, ReactNode } from 'react'
import { settingDefs } from '../../../src-shared/domain/settings'
import type { SettingKey } from '../../../src-shared/domain/settings'
import { useT } from '../../i18n/use-t'
import type { Translate } from '../../i18n/use-t'
import type { FormText } from './form-values'

export const fieldId = (key: SettingKey): string => `setting-${key.replace('.', '-')}`
const helpId = (key: SettingKey): string => `${fieldId(key)}-help`
const errorId = (key: SettingKey): string => `${fieldId(key)}-error`

/** The aria attributes that tie an input to its help text and, when there is one, its error. */
export function describedBy(key: SettingKey, error: string | undefined): Record<string, string | boolean> {
  return {
    id: fieldId(key),
    'aria-describedby': error ? `${errorId(key)} ${helpId(key)}` : helpId(key),
    'aria-invalid': Boolean(error),
  }
}

type FieldFrameProps = { settingKey: SettingKey; error: string | undefined; children: ReactNode }

/**
 * A setting's words in the window's language. settings.ts keeps its English for the command line; the
 * screen words each key from the catalogue (settings.field.<key>.label, .help, .option.<value>).
 */
export function settingWords(
  t: Translate,
  key: SettingKey,
): { label: string; help: string; option: (value: string) => string } {
  return {
    label: t(`settings.field.${key}.label`),
    help: t(`settings.field.${key}.help`),
    option: (value) => t(`settings.field.${key}.option.${value}`),
  }
}

/** A label, the input, the setting's help line and, below it, what is wrong with the value. */
export function FieldFrame({ settingKey, error, children }: FieldFrameProps): ReactElement {
  const words = settingWords(useT(), settingKey)
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={fieldId(settingKey)}>
        {words.label}
      </label>
      {children}
      {error ? (
        <p className="field__error" id={errorId(settingKey)} role="alert">
          {error}
        </p>
      ) : null}
      <p className="field__help" id={helpId(settingKey)}>
        {words.help}
      </p>
    </div>
  )
}

type InputFieldProps = {
  settingKey: SettingKey
  type: 'number' | 'time' | 'text'
  value: string
  error: string | undefined
  onChange: (key: SettingKey, value: string) => void
}

export function InputField({ settingKey, type, value, error, onChange }: InputFieldProps): ReactElement {
  return (
    <FieldFrame settingKey={settingKey} error={error}>
      <input
        {...describedBy(settingKey, error)}
        className={`input input--${type}`}
        type={type}
        inputMode={type === 'number' ? 'numeric' : undefined}
        step={type === 'number' ? 1 : undefined}
        value={value}
        onChange={(event) => onChange(settingKey, event.target.value)}
      />
    </FieldFrame>
  )
}

/** What a settings section gets from the form: every field's text, the errors and the change handler. */
export type SectionProps = {
  text: FormText
  errors: Partial<Record<SettingKey, string>>
  onChange: (key: SettingKey, value: string) => void
}

type InputFieldsProps = SectionProps & { keys: readonly SettingKey[]; type: InputFieldProps['type'] }

/** One input for each setting given, all of one type. */
export function InputFields({ keys, type, text, errors, onChange }: InputFieldsProps): ReactElement {
  return (
    <>
      {keys.map((key) => (
        <InputField
          key={key}
          settingKey={key}
          type={type}
          value={text[key]}
          error={errors[key]}
          onChange={onChange}
        />
      ))}
    </>
  )
}

/** The settings offered as a few values, each in words: the keys of kind 'choice'. */
export type ChoiceKey = {
  [K in SettingKey]: (typeof settingDefs)[K] extends { kind: 'choice'; options: readonly unknown[] }
    ? K
    : never
}[SettingKey]

/** One of a few values, as radio buttons: all the choices are visible and each says what it does. */
export function ChoiceField({
  settingKey,
  text,
  errors,
  onChange,
}: SectionProps & { settingKey: ChoiceKey }): ReactElement {
  const def = settingDefs[settingKey]
  const words = settingWords(useT(), settingKey)
  const id = fieldId(settingKey)
  const error = errors[settingKey]
  return (
    <fieldset className="choice-field" aria-describedby={`${id}-help`}>
      <legend className="field__label">{words.label}</legend>
      <p className="field__help" id={`${id}-help`}>
        {words.help}
      </p>
      <div className="choice-field__options">
        {def.options.map((option) => (
          <label key={option.value} className="form-check">
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={text[settingKey] === option.value}
              onChange={() => onChange(settingKey, option.value)}
            />
            <span>{words.option(option.value)}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
