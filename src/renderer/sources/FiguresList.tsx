import type { Figure, Source } from '../../shared/model/source'
import { groupFigures, markFigures } from './figure-groups'
import { insertFigureSentence } from './source-actions'

const KIND_LABEL: Record<Figure['kind'], string> = { amount: 'amount', percentage: 'percent', number: 'number', date: 'date' }

/**
 * The key figures the importer found, grouped by sentence. Insert quotes the sentence with its
 * citation: the figure keeps what it measures and its unit, and the quote stays checkable.
 */
export function FiguresList({ source }: { source: Source }) {
  if (!source.figures.length) return <p className="empty-hint">No key figures (amounts, percentages, dates) were found in this article.</p>
  return (
    <>
      <p className="figures-hint">Insert puts the sentence in the briefing as a quote, with its citation.</p>
      <ul className="figure-list" aria-label="Key figures">
        {groupFigures(source.figures).map((g, i) => {
          const names = g.figures.map((f) => f.text).join(', ')
          return (
            <li key={`${g.blockId}-${i}`}>
              <div className="figure-head">
                {g.figures.map((f, j) => (
                  <span key={j} className="figure-chip" title={KIND_LABEL[f.kind]}>
                    <strong>{f.text}</strong> <span className="figure-kind">{KIND_LABEL[f.kind]}</span>
                  </span>
                ))}
              </div>
              <button type="button" onClick={() => insertFigureSentence(source, g)} aria-label={`Insert the sentence with ${names} as a quote, cited`}>
                Insert
              </button>
              <p className="figure-sentence" lang={source.language ?? undefined}>
                {markFigures(g.sentence, g.figures).map((p, j) => (p.figure ? <mark key={j}>{p.text}</mark> : <span key={j}>{p.text}</span>))}
              </p>
            </li>
          )
        })}
      </ul>
    </>
  )
}
