import { describe, expect, it } from 'vitest'
import { smallTree } from './fixtures'
import { treeToMermaid } from './mermaid'

describe('treeToMermaid', () => {
  it('draws questions, outcomes and labelled branches', () => {
    const chart = treeToMermaid(smallTree())
    expect(chart.split('\n').slice(0, 10)).toEqual([
      'flowchart TD',
      '  n0{"Is er nu gevaar?"}',
      '  n1{"Hoeveel uur per week helpt u?"}',
      '  n2(["Bel 112"])',
      '  n3(["Rustig"])',
      '  n4(["Druk"])',
      '  n0 -->|"Ja"| n2',
      '  n0 -->|"Nee"| n1',
      '  n1 -->|"Minder dan 10"| n3',
      '  n1 -->|"Meer dan 10"| n4',
    ])
    expect(chart).toContain('  class n0 start')
    expect(chart).toContain('  class n2 urgent')
    expect(chart).toContain('  class n3,n4 outcome')
  })

  it('shows a missing step in the diagram and escapes quotes', () => {
    const tree = smallTree()
    const first = tree.nodes[0]
    if (first.kind !== 'question') throw new Error('fixture')
    first.text = 'Is er "nu" gevaar? #1'
    first.options[0].next = 'weg'
    const chart = treeToMermaid(tree)
    expect(chart).toContain('  n0{"Is er #quot;nu#quot; gevaar? #35;1"}')
    expect(chart).toContain('  missing0["Ontbreekt: weg"]')
    expect(chart).toContain('  n0 -->|"Ja"| missing0')
    expect(chart).toContain('  class missing0 missing')
  })
})
