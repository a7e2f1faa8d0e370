import { describe, expect, it } from 'vitest'
import { collections } from '../collections'
import { COLLECTION_NOUNS, newDocumentHeading } from './collection-nouns'

describe('the Dutch names of the collections', () => {
  it('head a new document with the adjective that agrees with the noun, the noun in lower case', () => {
    expect(newDocumentHeading(COLLECTION_NOUNS.stappenplannen)).toBe('Nieuw stappenplan')
    expect(newDocumentHeading(COLLECTION_NOUNS.checklists)).toBe('Nieuwe checklist')
    expect(newDocumentHeading(COLLECTION_NOUNS['helper-tips'])).toBe('Nieuwe tip van een helper')
    expect(newDocumentHeading(COLLECTION_NOUNS['newsletter-tokens'])).toBe('Nieuw nieuwsbrieftoken')
  })

  it('are the labels of every collection', () => {
    for (const collection of collections) {
      const noun = COLLECTION_NOUNS[collection.slug as keyof typeof COLLECTION_NOUNS]
      expect(noun, collection.slug).toBeDefined()
      expect(collection.labels).toEqual({ singular: noun.singular, plural: noun.plural })
    }
    expect(Object.keys(COLLECTION_NOUNS).sort()).toEqual(collections.map((c) => c.slug).sort())
  })
})
