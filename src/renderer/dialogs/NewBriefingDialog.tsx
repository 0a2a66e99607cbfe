import { useState } from 'react'
import { briefingFromTemplate, getTemplate, TEMPLATES } from '../../shared/templates'
import { loadBriefing } from '../state/session'
import { guardUnsaved } from '../commands/file-commands'
import { Modal } from './Modal'
import { FieldInput } from './FieldInput'
import { headerFieldsFor } from '../../shared/templates/header-fields'
import { closeDialog } from './ui-state'

/** Today as "25 November 2026" (en-US templates get "November 25, 2026"). */
function today(language: string): string {
  return new Date().toLocaleDateString(language === 'en-US' ? 'en-US' : language.startsWith('zh') ? 'zh-CN' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' })
}

/** Creates the briefing: asks to save unsaved changes first, then loads the template's draft. */
async function create(templateId: string, title: string, values: Record<string, string>): Promise<boolean> {
  if (!(await guardUnsaved('start a new briefing'))) return false
  const template = getTemplate(templateId)
  loadBriefing(briefingFromTemplate(template, { title, fields: values, now: new Date() }), null, null)
  return true
}

/** File → New Briefing: choose a template (with its description), fill the header fields, create. */
export function NewBriefingDialog() {
  const [templateId, setTemplateId] = useState(TEMPLATES[0]!.id)
  const [title, setTitle] = useState('')
  const [values, setValues] = useState<Record<string, string>>({})
  const template = getTemplate(templateId)
  const fields = headerFieldsFor(template)
  const value = (key: string, fallback = '') => values[key] ?? fallback
  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    const filled: Record<string, string> = { date: today(template.language), classification: template.classification.default }
    for (const [k, v] of Object.entries(values)) if (v !== '') filled[k] = v
    closeDialog()
    await create(templateId, title.trim(), filled)
  }
  return (
    <Modal title="New briefing" onClose={closeDialog} className="new-briefing-dialog" initialFocus="input[name='template']:checked">
      <form onSubmit={(e) => void submit(e)}>
        <div className="new-briefing-layout">
          <fieldset className="template-list">
            <legend>Template</legend>
            {TEMPLATES.map((t) => (
              <label key={t.id} className={`template-option ${t.id === templateId ? 'is-selected' : ''}`} data-template-id={t.id}>
                <input type="radio" name="template" value={t.id} checked={t.id === templateId} onChange={() => setTemplateId(t.id)} />
                <span className="template-name">{t.name}</span>
                <span className="template-description">{t.description}</span>
              </label>
            ))}
          </fieldset>
          <fieldset className="template-fields">
            <legend>Header</legend>
            <div className="field field-wide">
              <label htmlFor="nb-title">Title</label>
              <input id="nb-title" type="text" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Subject of the briefing" />
            </div>
            <div className="field">
              <label htmlFor="nb-classification">Classification</label>
              <select id="nb-classification" value={value('classification', template.classification.default)} onChange={(e) => setValues({ ...values, classification: e.target.value })}>
                {template.classification.options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </div>
            {fields.map((f) => (
              <FieldInput key={`${templateId}-${f.key}`} idPrefix="nb" field={f} value={value(f.key, f.key === 'date' ? today(template.language) : '')} onChange={(v) => setValues({ ...values, [f.key]: v })} />
            ))}
            <p className="template-facts">
              {template.sections.length} sections · {template.page.size}
              {template.page.pageLimit ? ` · at most ${template.page.pageLimit} pages` : ''}
              {template.wordLimit ? ` · at most ${template.wordLimit} words` : ''} · {template.fonts.body} {template.fonts.sizePt} pt
            </p>
          </fieldset>
        </div>
        <div className="modal-buttons">
          <button type="button" onClick={closeDialog}>Cancel</button>
          <button type="submit" className="primary">Create briefing</button>
        </div>
      </form>
    </Modal>
  )
}
