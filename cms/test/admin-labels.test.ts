import { describe, expect, it } from 'vitest'
import type { Block, Field } from 'payload'
import { collections } from '../src/collections'
import { SiteSettings } from '../src/globals/SiteSettings'
import { walkFields } from '../src/fields/walk-fields'

// Without `labels`, Payload names a list after its field: "Voeg Phase toe", "Phase 01".
// Every list and every block needs Dutch singular and plural labels of its own.
const configs = [...collections.map((c) => ({ slug: c.slug, fields: c.fields })), { slug: SiteSettings.slug, fields: SiteSettings.fields }]

/** What Payload would make of the field name: `phases` → "Phases" / "Phase". */
const payloadDefault = (name: string) => {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ')
  return [words, words.replace(/s$/, '')].map((w) => w.toLowerCase())
}

function listProblems(fields: Field[]): string[] {
  const problems: string[] = []
  for (const { field, path } of walkFields(fields)) {
    if (field.type !== 'array' && field.type !== 'blocks') continue
    const lists: { where: string; name: string; labels?: { singular?: unknown; plural?: unknown } }[] = [
      { where: path, name: field.name, labels: field.labels },
    ]
    if (field.type === 'blocks')
      for (const block of field.blocks as Block[]) lists.push({ where: `${path} → ${block.slug}`, name: block.slug, labels: block.labels })
    for (const { where, name, labels } of lists) {
      const { singular, plural } = labels ?? {}
      if (typeof singular !== 'string' || typeof plural !== 'string') problems.push(`${where}: geen labels { singular, plural }`)
      else if ([singular, plural].some((label) => payloadDefault(name).includes(label.toLowerCase())))
        problems.push(`${where}: label is de veldnaam`)
    }
  }
  return problems
}

describe('the admin names every list in Dutch', () => {
  it.each(configs.map((c) => [c.slug, c.fields] as const))(
    '%s: every array and block has Dutch singular and plural labels',
    (_slug, fields) => {
      expect(listProblems(fields)).toEqual([])
    },
  )

  it('the check finds a list without labels, and one labelled with its field name', () => {
    const fields: Field[] = [
      { name: 'phases', type: 'array', fields: [{ name: 'title', type: 'text' }] },
      { name: 'steps', type: 'array', labels: { singular: 'Step', plural: 'Steps' }, fields: [] },
      { name: 'blocks', type: 'blocks', labels: { singular: 'Blok', plural: 'Blokken' }, blocks: [{ slug: 'text', fields: [] }] },
    ]
    expect(listProblems(fields)).toEqual([
      'phases: geen labels { singular, plural }',
      'steps: label is de veldnaam',
      'blocks → text: geen labels { singular, plural }',
    ])
  })
})
