import { findTemplate } from '../../shared/templates'
import { session, updateMeta } from '../state/session'
import { useStore } from '../state/store'
import { ui } from '../dialogs/ui-state'
import { FieldInput } from '../dialogs/FieldInput'
import { fieldPatch, fieldValue, headerFieldsFor } from '../../shared/templates/header-fields'

/** The collapsible header form above the page: title, classification and the template's header fields. */
export function HeaderFields() {
  const meta = useStore(session, (s) => s.briefing.meta)
  const open = useStore(ui, (s) => s.headerOpen)
  const template = findTemplate(meta.template)
  const fields = headerFieldsFor(template)
  const classOptions = template?.classification.options ?? []
  return (
    <section className="header-fields" aria-label="Header fields">
      <button type="button" className="header-toggle" aria-expanded={open} aria-controls="header-fields-body" onClick={() => ui.set({ headerOpen: !open })}>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {template ? template.name : 'Briefing'} · header fields
        {meta.classification && <span className="classification-badge">{meta.classification}</span>}
      </button>
      {open && (
        <div id="header-fields-body" className="header-grid">
          <div className="field field-wide">
            <label htmlFor="hf-title">Title</label>
            <input id="hf-title" type="text" value={meta.title} placeholder="Subject of the briefing" onChange={(e) => updateMeta({ title: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="hf-classification">
              Classification{template?.classification.required && <span className="required-mark" aria-hidden="true"> *</span>}
            </label>
            <input id="hf-classification" type="text" list="hf-classification-options" value={meta.classification} onChange={(e) => updateMeta({ classification: e.target.value })} />
            <datalist id="hf-classification-options">
              {classOptions.map((o) => (
                <option key={o} value={o} />
              ))}
            </datalist>
          </div>
          {fields.map((f) => (
            <FieldInput key={f.key} idPrefix="hf" field={f} value={fieldValue(meta, f)} onChange={(v) => updateMeta(fieldPatch(session.get().briefing.meta, f, v))} />
          ))}
        </div>
      )}
    </section>
  )
}
