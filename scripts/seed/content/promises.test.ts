import type { SiteName } from '@vsp/content-models'
import type { ScoredDefinition } from '@vsp/content-models'
import { describe, expect, it } from 'vitest'
import { visibleStrings } from './forms-of-address'
import { helperThemes, professionalThemes, tools } from './index'

const theme = (site: SiteName, slug: string) => {
  const found = (site === 'helpers' ? helperThemes : professionalThemes).find((t) => t.slug === slug)
  if (!found) throw new Error(`no theme ${slug}`)
  return found
}
const scored = (slug: string) => {
  const tool = tools.find((t) => t.slug === slug)!
  const definition = tool.definition as ScoredDefinition
  return { tool, always: definition.questions.filter((q) => !q.showIf).length, all: definition.questions.length }
}

describe('pages promise only what the site has', () => {
  it('"Deel uw tip of ervaring" links to the form, at the top and in the steps', () => {
    const { body } = theme('helpers', 'deel-uw-tip-of-ervaring')
    expect(body.match(/\]\(\/tips\/delen\/\)/g)?.length).toBeGreaterThanOrEqual(2)
    expect(body).not.toContain('op deze pagina.')
    expect(theme('helpers', 'tips-en-ervaringen-van-andere-helpers').body).toContain('](/tips/delen/)')
  })

  it('the Nieuwsbrief page promises the form it has: the sign-up block under its text (issue 12)', () => {
    const { body, blocks } = theme('professionals', 'nieuwsbrief')
    expect(body).toContain('Meld u aan met het formulier onder aan deze pagina.')
    expect(body).not.toContain('kan nog niet')
    expect(blocks?.map((b) => b.blockType)).toEqual(['newsletter'])
    expect(body).toContain('](/advieslijn/)')
  })

  it('no other page says signing up for the newsletter is not possible yet', () => {
    for (const t of [...helperThemes, ...professionalThemes])
      expect(visibleStrings(t).join(' '), t.slug).not.toMatch(/aanmelden[^.]*kan nog niet/i)
  })

  it('no professionals page sends people to a contact form that does not exist', () => {
    for (const t of professionalThemes) expect(visibleStrings(t).join(' '), t.slug).not.toMatch(/contactformulier/i)
  })
})

describe('tool texts say how many questions there are', () => {
  it('the Zelfscan: ten or eleven (one follow-up)', () => {
    const { tool, always, all } = scored('zelfscan-tijdsbesteding')
    expect([always, all]).toEqual([10, 11])
    expect(tool.summary).toContain('tien of elf korte vragen')
  })

  it('the quickscan: 22 to 24 (two follow-ups)', () => {
    const { tool, always, all } = scored('quickscan-grensoverschrijdend-gedrag')
    expect([always, all]).toEqual([22, 24])
    expect(tool.intro).toContain('22 tot 24 vragen')
  })
})
