import type { Figure, Source } from '../../shared/model/source'
import { insertFigure } from './source-actions'

const KIND_LABEL: Record<Figure['kind'], string> = { amount: 'amount', percentage: '%', number: 'number', date: 'date' }

// The sentence with the figure picked out, so the list reads like the article.
function Sentence({ figure }: { figure: Figure }) {
  const at = figure.sentence.indexOf(figure.text)
  if (at < 0) return <>{figure.sentence}</>
  return (
    <>
      {figure.sentence.slice(0, at)}
      <mark>{figure.text}</mark>
      {figure.sentence.slice(at + figure.text.length)}
    </>
  )
}

/** The key figures the importer found in a source; one click inserts one, quoted and cited. */
export function FiguresList({ source }: { source: Source }) {
  if (!source.figures.length) return <p className="empty-hint">No key figures (amounts, percentages, dates) were found in this article.</p>
  return (
    <>
      <p className="figures-hint">Insert puts the figure’s sentence in the briefing as a quote, with its citation.</p>
      <ul className="figure-list">
        {source.figures.map((f, i) => (
          <li key={`${f.blockId}-${i}`}>
            <div className="figure-head">
              <strong className="figure-text">{f.text}</strong>
              <span className="figure-kind">{KIND_LABEL[f.kind]}</span>
              <button type="button" onClick={() => insertFigure(source, f)} aria-label={`Insert ${f.text} with its citation`}>
                Insert
              </button>
            </div>
            <p className="figure-sentence" lang={source.language ?? undefined}>
              <Sentence figure={f} />
            </p>
          </li>
        ))}
      </ul>
    </>
  )
}
