import type { Block, Field } from 'payload'

type Data = Record<string, unknown>
const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)

/** An upload's value at depth 0: an id, a populated document, or a list of either. */
function idsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsOf)
  if (typeof value === 'number' || typeof value === 'string') return [String(value)]
  if (isData(value) && (typeof value.id === 'number' || typeof value.id === 'string')) return [String(value.id)]
  return []
}

/**
 * The ids of the media a document refers to: its upload fields to `media`, also inside groups,
 * arrays, blocks, tabs, rows and collapsibles. The preview serves these images (and only these)
 * to whoever holds the document's preview token.
 */
export function referencedMediaIds(fields: readonly Field[], data: unknown, blocks: readonly Block[] = []): string[] {
  if (!isData(data)) return []
  const found = new Set<string>()
  for (const field of fields) {
    const named = 'name' in field && field.name ? data[field.name] : data
    switch (field.type) {
      case 'upload':
        if (field.relationTo === 'media') for (const id of idsOf(named)) found.add(id)
        break
      case 'group':
      case 'row':
      case 'collapsible':
        for (const id of referencedMediaIds(field.fields, named, blocks)) found.add(id)
        break
      case 'tabs':
        for (const tab of field.tabs) {
          for (const id of referencedMediaIds(tab.fields, 'name' in tab && tab.name ? data[tab.name] : data, blocks)) found.add(id)
        }
        break
      case 'array':
        for (const row of Array.isArray(named) ? named : []) for (const id of referencedMediaIds(field.fields, row, blocks)) found.add(id)
        break
      case 'blocks': {
        const references = (field.blockReferences ?? []).map((r) => (typeof r === 'string' ? blocks.find((b) => b.slug === r) : r))
        const kinds = [...(field.blocks ?? []), ...references.filter((b): b is Block => Boolean(b))]
        for (const row of Array.isArray(named) ? named : []) {
          const block = isData(row) ? kinds.find((b) => b.slug === row.blockType) : undefined
          if (block) for (const id of referencedMediaIds(block.fields, row, blocks)) found.add(id)
        }
        break
      }
    }
  }
  return [...found]
}
