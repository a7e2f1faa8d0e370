'use client'
/**
 * Draws the referral tree being edited as a flowchart (as smart-answers' visualiser does), and
 * lists what is wrong with it, so an editor sees the whole flow before publishing: the live
 * check of the flow, and the problems the server gave when it refused a publish.
 */
import { useAllFormFields } from '@payloadcms/ui'
import { useEffect, useId, useMemo, useState } from 'react'
import type { DecisionTreeDefinition, ToolFormDefinition } from '@vsp/content-models'
import { definitionFromForm, treeToMermaid, validateDefinition } from '@vsp/tool-engine'
import { ErrorBoundary } from '../../../components/ErrorBoundary'
import { valuesFromFormState, type FormFieldState } from '../../../components/form-state-values'
import { DiagramView } from './DiagramView'
import { openStep } from './open-step'

export function TreeDiagram() {
  return (
    <ErrorBoundary what="Het overzicht van de beslisboom">
      <TreeOverview />
    </ErrorBoundary>
  )
}

const problemCount = (n: number) => `${n} ${n === 1 ? 'probleem' : 'problemen'}`

/** Errors Payload holds on the form's fields: the server's refusal, or a required field left empty. */
function formErrors(fields: Record<string, FormFieldState & { errorMessage?: string; valid?: boolean }>): string[] {
  const messages = Object.entries(fields)
    .filter(([path, field]) => path.startsWith('definition.') && field?.valid === false && field.errorMessage)
    .map(([, field]) => field.errorMessage as string)
  return [...new Set(messages)]
}

function TreeOverview() {
  const [fields] = useAllFormFields()
  const id = useId().replace(/[^a-zA-Z0-9]/g, '')
  const [svg, setSvg] = useState('')
  const { source, problems, refused } = useMemo(() => {
    const data = valuesFromFormState(fields) as { definition?: ToolFormDefinition }
    // Organisations and the safety rules (which name organisations) are checked on publish;
    // here only the shape of the flow matters.
    const definition = definitionFromForm('decision-tree', data.definition, () => 'organisatie') as DecisionTreeDefinition
    const problems = validateDefinition({ ...definition, safetyRules: [] })
    // A definition the schema refuses cannot be drawn; the problems say why.
    const drawable = Array.isArray(definition.nodes) && definition.nodes.every((node) => node && typeof node === 'object')
    const seen = new Set(problems.map((p) => p.message))
    return {
      source: drawable ? treeToMermaid(definition) : '',
      problems,
      refused: formErrors(fields).filter((message) => !seen.has(message)),
    }
  }, [fields])

  useEffect(() => {
    let cancelled = false
    if (!source) return setSvg('')
    import('mermaid').then(async ({ default: mermaid }) => {
      // HTML labels: with SVG text labels Mermaid measures every word of every label to wrap it,
      // which held the page for minutes on a 45-step tree (profiled: getComputedTextLength).
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', flowchart: { htmlLabels: true, useMaxWidth: false } })
      try {
        const { svg } = await mermaid.render(`tree${id}`, source)
        if (!cancelled) setSvg(svg)
      } catch {
        if (!cancelled) setSvg('')
      }
    })
    return () => {
      cancelled = true
    }
  }, [source, id])

  return (
    <section aria-labelledby={`${id}-title`} style={{ margin: '1rem 0 2rem' }} data-tree-overview>
      <h3 id={`${id}-title`}>Overzicht van de beslisboom</h3>
      {refused.length > 0 && (
        <div
          role="alert"
          data-refused
          style={{ border: '2px solid #b71c1c', padding: '0.5rem 1rem', borderRadius: 4, marginBottom: '1rem' }}
        >
          <p>
            Niet gepubliceerd. Bij het opslaan {refused.length === 1 ? 'is' : 'zijn'} {problemCount(refused.length)} gevonden:
          </p>
          <ul>
            {refused.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {problems.length > 0 ? (
        <div role="status" data-live-check style={{ border: '2px solid #b71c1c', padding: '0.5rem 1rem', borderRadius: 4 }}>
          <p>Nog {problemCount(problems.length)} voordat u kunt publiceren:</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.path}-${p.code}-${p.message}`}>{p.message}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p role="status" data-live-check>
          De boom is compleet: elk pad eindigt in een uitkomst. De vangnetregels worden bij publiceren op elk pad gecontroleerd.
        </p>
      )}
      {svg && <DiagramView svg={svg} onOpenStep={(index) => openStep(index)} />}
      <details>
        <summary>Mermaid-bron</summary>
        <pre style={{ whiteSpace: 'pre-wrap' }}>{source}</pre>
      </details>
    </section>
  )
}
