/**
 * The repository stands alone: no file points to notes that live outside it (a pitfalls or
 * design file next to the clone, a `../shared` folder). What a maintainer must know is in the
 * README and the package docs.
 */
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '@vsp/steps'

describe('the repository', () => {
  it('points to no notes outside it', () => {
    const names = ['PITFALLS', 'DESIGN', 'CONVENTIONS'].map((name) => `${name}.md`)
    const grep = (pattern: string) => {
      try {
        return execFileSync('git', ['grep', '-l', '-F', '-e', pattern, '--', '.', ':!scripts/stands-alone.test.ts'], {
          cwd: repoRoot,
          encoding: 'utf8',
        })
      } catch (error) {
        if ((error as { status?: number }).status === 1) return '' // no match
        throw error
      }
    }
    for (const pattern of [...names, '../shared']) expect(grep(pattern), pattern).toBe('')
  })
})
