/** A path through a tree as the editor reads it: question text → "answer" → … → uitkomst "title". */
import type { DecisionTreeDefinition } from '@vsp/content-models'
import { treeIndex, type TreePath } from './walk-tree'

export function describeTreePath(definition: DecisionTreeDefinition, path: TreePath): string {
  const nodes = treeIndex(definition)
  const parts = path.steps.map((step) => {
    const node = nodes.get(step.node)
    if (node?.kind !== 'question') return `"${step.option}"`
    const option = node.options.find((candidate) => candidate.key === step.option)
    return `${node.text} → "${option?.label ?? step.option}"`
  })
  const end = nodes.get(path.end.node)
  parts.push(end?.kind === 'outcome' ? `uitkomst "${end.title}"` : `stap "${path.end.node}"`)
  return parts.join(' → ')
}
