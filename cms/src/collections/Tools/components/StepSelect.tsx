'use client'
/**
 * "Volgende stap" and "Eerste stap" as a choice from the tree's own steps, each named by its
 * text, instead of a code typed from memory. The stored value stays the step's key; a key that
 * names no step (any more) is shown as missing, so a broken reference is visible and fixable.
 */
import { FieldDescription, FieldError, FieldLabel, useField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useMemo } from 'react'
import { stepChoices } from './step-choices'

export const StepSelect: TextFieldClientComponent = ({ field, path }) => {
  const { value, setValue, showError, errorMessage } = useField<string>({ path })
  // A string, so the select renders again only when the steps themselves change.
  const serialised = useFormFields(([fields]) => JSON.stringify(stepChoices(fields)))
  const choices = useMemo(() => JSON.parse(serialised) as ReturnType<typeof stepChoices>, [serialised])
  const current = value ?? ''
  const known = current === '' || choices.some((choice) => choice.value === current)
  const inputId = `field-${path.replace(/\./g, '__')}`
  const description = field.admin?.description
  return (
    <div className={`field-type select${showError ? ' error' : ''}`} style={{ flex: '1 1 auto' }}>
      <FieldLabel htmlFor={inputId} label={field.label} path={path} required={field.required} />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} message={errorMessage} />
        <select
          id={inputId}
          name={path}
          value={current}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={showError || !known}
          style={{
            width: '100%',
            padding: '0.5rem',
            borderRadius: 4,
            border: '1px solid var(--theme-elevation-150, #ccc)',
            background: 'var(--theme-input-bg, #fff)',
            color: 'inherit',
          }}
        >
          <option value="">Kies een stap…</option>
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
          {!known && <option value={current}>{`Ontbreekt: "${current}" (deze stap bestaat niet)`}</option>}
        </select>
      </div>
      {typeof description === 'string' && <FieldDescription description={description} path={path} />}
    </div>
  )
}
