import { describe, expect, it } from 'vitest'
import { smallTree } from './fixtures'
import { answersFor, enumeratePaths, nextNode, outcomeFor, walkTree } from './walk-tree'

describe('walkTree', () => {
  it('follows the answers to the next question and the path so far', () => {
    const tree = smallTree()
    expect(nextNode(tree, {})?.key).toBe('gevaar')
    const position = walkTree(tree, { gevaar: 'nee' })
    expect(position.path).toEqual([{ node: 'gevaar', option: 'nee' }])
    expect(position.current?.key).toBe('hoeveel-uur')
    expect(outcomeFor(tree, { gevaar: 'nee', 'hoeveel-uur': 'meer-dan-10' })?.key).toBe('uitslag-druk')
  })

  it('ignores answers to steps off the path', () => {
    expect(outcomeFor(smallTree(), { gevaar: 'ja', 'hoeveel-uur': 'meer-dan-10' })?.key).toBe('bel-112')
  })

  it('stops on a loop or a missing step instead of running on', () => {
    const tree = smallTree()
    const second = tree.nodes[1]
    if (second.kind !== 'question') throw new Error('fixture')
    second.options[0].next = 'gevaar'
    second.options[1].next = 'weg'
    expect(walkTree(tree, { gevaar: 'nee', 'hoeveel-uur': 'minder-dan-10' }).current).toBeNull()
    expect(walkTree(tree, { gevaar: 'nee', 'hoeveel-uur': 'meer-dan-10' }).current).toBeNull()
  })
})

describe('enumeratePaths', () => {
  it('lists every route and where it ends', () => {
    const paths = enumeratePaths(smallTree())
    expect(paths.map((p) => p.end)).toEqual([
      { kind: 'outcome', node: 'bel-112' },
      { kind: 'outcome', node: 'uitslag-rustig' },
      { kind: 'outcome', node: 'uitslag-druk' },
    ])
    expect(answersFor(paths[2])).toEqual({ gevaar: 'nee', 'hoeveel-uur': 'meer-dan-10' })
  })

  it('marks routes that end in a loop, a missing step or a question without answers', () => {
    const tree = smallTree()
    const second = tree.nodes[1]
    if (second.kind !== 'question') throw new Error('fixture')
    second.options[0].next = 'gevaar'
    second.options[1].next = 'weg'
    expect(enumeratePaths(tree).map((p) => p.end.kind)).toEqual(['outcome', 'cycle', 'missing'])
    second.options = []
    expect(enumeratePaths(tree).map((p) => p.end.kind)).toEqual(['outcome', 'dead-end'])
  })
})
