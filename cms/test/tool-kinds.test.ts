/** The Tools collection offers every kind of content-models' `TOOL_KINDS`, each with its own fields, shown only for that kind. */
import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { TOOL_KINDS } from '@vsp/content-models'
import { TOOL_KIND_FIELDS } from '../src/collections/Tools/kind-fields'
import { Tools } from '../src/collections/Tools'

const named = (fields: Field[], name: string) =>
  fields.find((f) => 'name' in f && f.name === name) as Field & { fields?: Field[]; options?: { value: string; label: string }[] }

describe('tool kinds in the CMS', () => {
  const kindField = named(Tools.fields, 'kind')
  const group = named(Tools.fields, 'definition').fields ?? []

  it('has a field file for exactly the kinds of content-models', () => {
    expect(Object.keys(TOOL_KIND_FIELDS).sort()).toEqual([...TOOL_KINDS].sort())
  })

  it('offers every kind in "Soort tool" with a Dutch name', () => {
    expect(kindField.options?.map((o) => o.value)).toEqual([...TOOL_KINDS])
    for (const option of kindField.options ?? []) expect(option.label).not.toBe(option.value)
  })

  it.each([...TOOL_KINDS])('%s: its fields are in the definition group and shown only for that kind', (kind) => {
    const names = TOOL_KIND_FIELDS[kind].fields.map((f) => ('name' in f ? f.name : ''))
    expect(names.length).toBeGreaterThan(0)
    for (const name of names) {
      const condition = named(group, name).admin?.condition as ((data: unknown, sibling: unknown, ctx: unknown) => boolean) | undefined
      for (const other of TOOL_KINDS) expect(condition?.({ kind: other }, {}, {}), `${name} for ${other}`).toBe(other === kind)
    }
  })

  it('gives no two fields of the definition group the same name', () => {
    const names = group.map((f) => ('name' in f ? f.name : ''))
    expect(new Set(names).size).toBe(names.length)
  })
})
