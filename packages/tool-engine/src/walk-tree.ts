/** Following a decision tree: where a visitor is given their answers, and every possible path. */
import type { DecisionTreeDefinition, ToolAnswers, TreeNode, TreeOutcomeNode } from '@vsp/content-models'

export interface TreeStep {
  node: string
  option: string
}

export interface TreePosition {
  /** The questions answered so far, in order, with the answer given. */
  path: TreeStep[]
  /** The unanswered question, the outcome reached, or null when the tree is broken here. */
  current: TreeNode | null
}

export function treeIndex(definition: DecisionTreeDefinition): Map<string, TreeNode> {
  return new Map(definition.nodes.map((node) => [node.key, node]))
}

/** Follows the answers from the start; answers for steps off the path are ignored. */
export function walkTree(definition: DecisionTreeDefinition, answers: ToolAnswers): TreePosition {
  const nodes = treeIndex(definition)
  const path: TreeStep[] = []
  const seen = new Set<string>()
  let node = nodes.get(definition.start) ?? null
  while (node && node.kind === 'question' && !seen.has(node.key)) {
    seen.add(node.key)
    const answer = answers[node.key]
    const option = node.options.find((candidate) => candidate.key === answer)
    if (!option) return { path, current: node }
    path.push({ node: node.key, option: option.key })
    node = nodes.get(option.next) ?? null
  }
  // A loop back to an answered question counts as broken, like a missing step.
  return { path, current: node && node.kind === 'question' && seen.has(node.key) ? null : node }
}

export function nextNode(definition: DecisionTreeDefinition, answers: ToolAnswers): TreeNode | null {
  return walkTree(definition, answers).current
}

export function outcomeFor(definition: DecisionTreeDefinition, answers: ToolAnswers): TreeOutcomeNode | null {
  const current = nextNode(definition, answers)
  return current?.kind === 'outcome' ? current : null
}

export type PathEnd =
  | { kind: 'outcome'; node: string }
  | { kind: 'missing'; node: string }
  | { kind: 'cycle'; node: string }
  | { kind: 'dead-end'; node: string }

export interface TreePath {
  steps: TreeStep[]
  end: PathEnd
}

/** Every route from the start to where it ends; a sound tree ends each one in an outcome. */
export function enumeratePaths(definition: DecisionTreeDefinition): TreePath[] {
  const nodes = treeIndex(definition)
  const paths: TreePath[] = []
  const walk = (key: string, steps: TreeStep[], onPath: Set<string>): void => {
    const node = nodes.get(key)
    if (!node) return void paths.push({ steps, end: { kind: 'missing', node: key } })
    if (onPath.has(key)) return void paths.push({ steps, end: { kind: 'cycle', node: key } })
    if (node.kind === 'outcome') return void paths.push({ steps, end: { kind: 'outcome', node: key } })
    if (node.options.length === 0) return void paths.push({ steps, end: { kind: 'dead-end', node: key } })
    const next = new Set(onPath).add(key)
    for (const option of node.options) walk(option.next, [...steps, { node: key, option: option.key }], next)
  }
  walk(definition.start, [], new Set())
  return paths
}

/** The answers that lead along a path, ready to feed back into `walkTree` or a session. */
export function answersFor(path: TreePath): ToolAnswers {
  return Object.fromEntries(path.steps.map((step) => [step.node, step.option]))
}
