/** Draws a decision tree as a Mermaid flowchart for the admin; broken branches show in red. */
import type { DecisionTreeDefinition } from '@vsp/content-models'

/** Mermaid reads `#…;` as an entity and `"` ends a label; write both as entities. */
function label(text: string): string {
  return `"${text.replace(/#/g, '#35;').replace(/"/g, '#quot;').replace(/\s+/g, ' ').trim()}"`
}

export function treeToMermaid(definition: DecisionTreeDefinition): string {
  const ids = new Map<string, string>()
  definition.nodes.forEach((node, i) => {
    if (!ids.has(node.key)) ids.set(node.key, `n${i}`)
  })
  const lines = ['flowchart TD']
  const classes: Record<'start' | 'outcome' | 'urgent' | 'missing', string[]> = { start: [], outcome: [], urgent: [], missing: [] }
  definition.nodes.forEach((node, i) => {
    const id = `n${i}`
    if (node.kind === 'question') lines.push(`  ${id}{${label(node.text)}}`)
    else {
      lines.push(`  ${id}([${label(node.title)}])`)
      classes[node.urgent ? 'urgent' : 'outcome'].push(id)
    }
  })
  const startId = ids.get(definition.start)
  if (startId) classes.start.push(startId)
  let missing = 0
  definition.nodes.forEach((node, i) => {
    if (node.kind !== 'question') return
    for (const option of node.options) {
      let target = ids.get(option.next)
      if (!target) {
        target = `missing${missing++}`
        const text = option.next.trim() ? `Ontbreekt: ${option.next}` : 'Geen volgende stap'
        lines.push(`  ${target}[${label(text)}]`)
        classes.missing.push(target)
      }
      lines.push(`  n${i} -->|${label(option.label)}| ${target}`)
    }
  })
  lines.push(
    '  classDef start stroke-width:3px',
    '  classDef outcome fill:#e7f3ea,stroke:#2e7d32',
    '  classDef urgent fill:#fdecea,stroke:#b71c1c,stroke-width:2px',
    '  classDef missing fill:#fff3cd,stroke:#b71c1c,stroke-dasharray:4 2',
  )
  for (const [name, members] of Object.entries(classes)) {
    if (members.length) lines.push(`  class ${members.join(',')} ${name}`)
  }
  return lines.join('\n')
}
