'use client'
/**
 * Draws the referral tree being edited as a flowchart (as smart-answers' visualiser does), and
 * lists what is wrong with it, so an editor sees the whole flow before publishing.
 */
import { useAllFormFields } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useId, useMemo, useState } from 'react'
import type { ToolFormDefinition } from '@vsp/content-models'
import { definitionFromForm, treeToMermaid, validateDefinition } from '@vsp/tool-engine'
import type { DecisionTreeDefinition } from '@vsp/content-models'

export function TreeDiagram() {
  const [fields] = useAllFormFields()
  const id = useId().replace(/[^a-zA-Z0-9]/g, '')
  const [svg, setSvg] = useState('')
  const { source, problems } = useMemo(() => {
    const data = reduceFieldsToValues(fields, true) as { definition?: ToolFormDefinition }
    // Organisations and the safety rules (which name organisations) are checked on publish;
    // here only the shape of the flow matters.
    const definition = definitionFromForm('decision-tree', data.definition, () => 'organisatie') as DecisionTreeDefinition
    return { source: treeToMermaid(definition), problems: validateDefinition({ ...definition, safetyRules: [] }) }
  }, [fields])

  useEffect(() => {
    let cancelled = false
    import('mermaid').then(async ({ default: mermaid }) => {
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', flowchart: { htmlLabels: false } })
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
    <section aria-labelledby={`${id}-title`} style={{ margin: '1rem 0 2rem' }}>
      <h3 id={`${id}-title`}>Overzicht van de beslisboom</h3>
      {problems.length > 0 ? (
        <div role="status" style={{ border: '2px solid #b71c1c', padding: '0.5rem 1rem', borderRadius: 4 }}>
          <p>Nog {problems.length} probleem{problems.length === 1 ? '' : 'en'} voordat u kunt publiceren:</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.path}-${p.code}`}>{p.message}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p role="status">De boom is compleet: elk pad eindigt in een uitkomst. De vangnetregels worden bij publiceren op elk pad gecontroleerd.</p>
      )}
      <div style={{ overflowX: 'auto', background: '#fff', padding: '1rem' }} dangerouslySetInnerHTML={{ __html: svg }} />
      <details>
        <summary>Mermaid-bron</summary>
        <pre style={{ whiteSpace: 'pre-wrap' }}>{source}</pre>
      </details>
    </section>
  )
}
