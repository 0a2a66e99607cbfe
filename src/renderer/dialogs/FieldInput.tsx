import type { HeaderField } from '../../shared/templates/header-fields'

/** One labelled header-field input: a select when the template fixes the choices. */
export function FieldInput({ field, value, onChange, idPrefix }: { field: HeaderField; value: string; onChange: (value: string) => void; idPrefix: string }) {
  const id = `${idPrefix}-${field.key}`
  return (
    <div className="field">
      <label htmlFor={id}>
        {field.label}
        {field.required && <span className="required-mark" aria-hidden="true"> *</span>}
      </label>
      {field.options ? (
        <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-required={field.required}>
          <option value="">—</option>
          {field.options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} type="text" value={value} placeholder={field.placeholder} onChange={(e) => onChange(e.target.value)} aria-required={field.required} />
      )}
    </div>
  )
}
