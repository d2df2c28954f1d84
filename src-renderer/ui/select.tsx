import { useMemo } from 'react'
import type { ComponentProps, ReactElement } from 'react'
import { useIntl } from 'react-intl'
import { listCountries } from '../../src-shared/domain/countries'
import { Field } from './field'
import type { FieldProps } from './field'

/** One entry of a drop-down: the value it stands for and the words shown. */
export type Choice<T extends string | number> = { value: T; label: string }

type SelectProps<T extends string | number> = Omit<
  ComponentProps<'select'>,
  'value' | 'onChange' | 'children'
> & {
  /** The chosen value; '' shows the first choice while nothing is chosen yet. */
  value: T | ''
  options: readonly Choice<T>[]
  onChange: (value: T) => void
}

/** A drop-down that hands back the chosen value as it was given: a number stays a number. */
export function Select<T extends string | number>({
  options,
  onChange,
  ...select
}: SelectProps<T>): ReactElement {
  return (
    <select
      {...select}
      onChange={(event) => {
        const chosen = options.find((option) => String(option.value) === event.target.value)
        if (chosen) onChange(chosen.value)
      }}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  )
}

type SelectFieldProps<T extends string | number> = Omit<FieldProps, 'children'> &
  Pick<SelectProps<T>, 'value' | 'options' | 'onChange'>

/** A drop-down in a form, with its label, help line and error. */
export function SelectField<T extends string | number>(props: SelectFieldProps<T>): ReactElement {
  const { value, options, onChange, ...field } = props
  return (
    <Field {...field}>
      {(control) => (
        <Select
          {...control}
          className="input form-select"
          value={value}
          options={options}
          onChange={onChange}
        />
      )}
    </Field>
  )
}

export type LabelledSelectProps<T extends string> = Pick<SelectProps<T>, 'value' | 'options' | 'onChange'> & {
  label: string
  /** The label's class: how the toolbar or row of filters lays it out. */
  className: string
  /** The label is for screen readers only, where the choices speak for themselves on screen. */
  hideLabel?: boolean
}

/** A drop-down inside its label, for a toolbar or a row of filters. */
export function LabelledSelect<T extends string>(props: LabelledSelectProps<T>): ReactElement {
  const { label, className, hideLabel = false, ...select } = props
  return (
    <label className={className}>
      <span className={hideLabel ? 'visually-hidden' : undefined}>{label}</span>
      <Select className="input form-select" aria-label={hideLabel ? label : undefined} {...select} />
    </label>
  )
}

/** The choices for a list of values, each with its words from a table of labels. */
export function choicesOf<T extends string>(values: readonly T[], labels: Record<T, string>): Choice<T>[] {
  return values.map((value) => ({ value, label: labels[value] }))
}

/** Every country, for the default country of phone numbers written without +; in English (see useCountryChoices). */
export const countryChoices: Choice<string>[] = listCountries('en').map((country) => ({
  value: country.code,
  label: `${country.name} (+${country.callingCode})`,
}))

/** Every country named in the window's language ("Alemania (+49)" in Spanish), sorted in that language. */
export function useCountryChoices(): Choice<string>[] {
  const { locale } = useIntl()
  return useMemo(
    () =>
      listCountries(locale).map((country) => ({
        value: country.code,
        label: `${country.name} (+${country.callingCode})`,
      })),
    [locale],
  )
}
