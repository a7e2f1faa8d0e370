import { PhoneText } from '../PhoneText'
import type { ScoredResult } from '@vsp/tool-engine'
import type { Ref } from 'react'
import { LinkList, Paragraphs } from './paragraphs'

interface Props {
  title: string
  result: ScoredResult
  headingRef: Ref<HTMLHeadingElement>
}

const today = () => new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })

/** Score per theme as a bar, the band's advice and links, and the attention points per theme. */
export function ScoredResultView({ title, result, headingRef }: Props) {
  const several = result.dimensions.length > 1
  return (
    <section className="tool-result" aria-labelledby="tool-uitslag">
      <p className="print-only">
        Rapport {title}, {today()}
      </p>
      <h2 id="tool-uitslag" ref={headingRef} tabIndex={-1}>
        Uw uitslag
      </h2>
      {several ? <p>Uw score per thema. Hoe voller de balk, hoe beter dit thema geregeld is.</p> : null}
      {result.dimensions.map((dimension) => {
        const points = result.attentionPoints.filter((point) => point.dimension === dimension.key)
        return (
          <section key={dimension.key} className="tool-dimension" aria-labelledby={`thema-${dimension.key}`}>
            <h3 id={`thema-${dimension.key}`}>{dimension.label}</h3>
            <p className="tool-score">
              Score: {dimension.score} van {dimension.max}
              {dimension.band ? (
                <>
                  {' '}
                  · <strong>{dimension.band.label}</strong>
                </>
              ) : null}
            </p>
            <div className="tool-bar" aria-hidden="true">
              <span className="tool-bar__fill" style={{ width: `${dimension.percentage}%` }} />
            </div>
            {dimension.band ? (
              <>
                <Paragraphs text={dimension.band.advice} />
                <LinkList links={dimension.band.links ?? []} />
              </>
            ) : null}
            {points.length > 0 ? (
              <>
                <h4>Aandachtspunten</h4>
                <ul className="tool-attention">
                  {points.map((point) => (
                    <li key={point.question}>
                      <PhoneText text={point.text} />
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </section>
        )
      })}
      {several && result.attentionPoints.length === 0 ? <p>Geen aandachtspunten gevonden.</p> : null}
    </section>
  )
}
