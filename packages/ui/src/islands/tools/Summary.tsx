import type { SummaryLine } from '@vsp/tool-engine'

/** The answers given, each with a "Wijzig" button that reopens that question. */
export function Summary({ lines, onChange }: { lines: SummaryLine[]; onChange: (key: string) => void }) {
  return (
    <section className="tool-summary" aria-labelledby="tool-antwoorden">
      <h2 id="tool-antwoorden">Uw antwoorden</h2>
      <dl>
        {lines.map((line) => (
          <div key={line.key} className="tool-summary__row">
            <dt>{line.question}</dt>
            <dd>
              <span>{line.answer}</span>{' '}
              <button type="button" className="link-button" data-tool-change={line.key} onClick={() => onChange(line.key)}>
                Wijzig<span className="visually-hidden"> uw antwoord op: {line.question}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
