import { describe, expect, it } from 'vitest'
import type { Field } from 'payload'
import { collectionSchemas, fieldTree, globalSchemas, type FieldTree } from '@vsp/content-models'
import configPromise from '../src/payload.config'
import { internalCollections } from '../src/collections'

// Fields Payload adds itself; the models allow them but they are not editorial fields.
const IGNORED = ['id', 'createdAt', 'updatedAt', '_status', 'blockName', 'deletedAt']
// Payload's upload fields, and the storage plugin's (prefix, _objectKey: cms/src/lib/storage.ts).
const UPLOAD_FIELDS = [
  'url',
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'focalX',
  'focalY',
  'thumbnailURL',
  'sizes',
  'prefix',
  '_objectKey',
]

function payloadTree(fields: Field[]): FieldTree {
  const tree: FieldTree = {}
  for (const field of fields) {
    if (field.type === 'ui') continue // admin-only widgets store nothing
    if ('name' in field && field.name) {
      if (IGNORED.includes(field.name)) continue
      if (field.type === 'array' || field.type === 'group') tree[field.name] = payloadTree(field.fields)
      else if (field.type === 'blocks')
        tree[field.name] = Object.fromEntries((field.blocks ?? []).map((b) => [b.slug, payloadTree(b.fields)]))
      else tree[field.name] = true
    } else if ('fields' in field) Object.assign(tree, payloadTree(field.fields))
    else if (field.type === 'tabs') for (const tab of field.tabs) Object.assign(tree, payloadTree(tab.fields))
  }
  return tree
}

/** Lists `path` entries present on one side only. */
function difference(a: FieldTree, b: FieldTree, prefix = ''): string[] {
  const out: string[] = []
  for (const [key, value] of Object.entries(a)) {
    const path = prefix + key
    if (!(key in b)) out.push(path)
    else if (value !== true && b[key] !== true) out.push(...difference(value, b[key] as FieldTree, `${path}.`))
    else if ((value === true) !== (b[key] === true)) out.push(`${path} (shape)`)
  }
  return out
}

describe('content models and CMS collections cannot drift', async () => {
  const config = await configPromise
  const slugs = Object.keys(collectionSchemas)

  it('every model is a collection and every collection a model', () => {
    const internal = new Set(internalCollections.map((c) => c.slug))
    const collections = config.collections.map((c) => c.slug).filter((s) => !s.startsWith('payload-') && !internal.has(s))
    expect(collections.sort()).toEqual([...slugs].sort())
    // payload-jobs-stats: Payload's own bookkeeping of scheduled jobs (the statistics jobs)
    expect(config.globals.map((g) => g.slug).filter((s) => !s.startsWith('payload-'))).toEqual(Object.keys(globalSchemas))
  })

  it.each(slugs)('%s has the same fields in the model and the CMS', (slug) => {
    const collection = config.collections.find((c) => c.slug === slug)!
    const model = fieldTree(collectionSchemas[slug as keyof typeof collectionSchemas], IGNORED)
    const cms = payloadTree(collection.fields)
    if (collection.upload) for (const name of UPLOAD_FIELDS) delete cms[name], delete model[name]
    if (collection.auth) for (const name of Object.keys(cms)) if (!(name in model)) delete cms[name] // auth adds hash, salt, sessions…
    expect({ onlyInModel: difference(model, cms), onlyInCms: difference(cms, model) }).toEqual({ onlyInModel: [], onlyInCms: [] })
  })

  it('site-settings has the same fields in the model and the CMS', () => {
    const model = fieldTree(globalSchemas['site-settings'], IGNORED)
    const cms = payloadTree(config.globals[0].fields)
    expect({ onlyInModel: difference(model, cms), onlyInCms: difference(cms, model) }).toEqual({ onlyInModel: [], onlyInCms: [] })
  })
})
