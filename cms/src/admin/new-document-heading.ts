import type { CollectionConfig } from 'payload'
import { COLLECTION_NOUNS, newDocumentHeading, type NamedCollection } from './collection-nouns'

const EDIT_VIEW = '/components/NewDocumentEditView#NewDocumentEditView'

/** A collection whose edit view heads a new document "Nieuw stappenplan" (its noun in COLLECTION_NOUNS). */
export function withNewDocumentHeading(collection: CollectionConfig): CollectionConfig {
  const noun = COLLECTION_NOUNS[collection.slug as NamedCollection]
  if (!noun) return collection
  const components = collection.admin?.components
  // No collection has edit views of its own; one that gets them must merge them here.
  if (components?.views?.edit) throw new Error(`${collection.slug}: eigen bewerkweergaven, voeg ze samen in withNewDocumentHeading`)
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...components,
        views: {
          ...components?.views,
          edit: { default: { Component: { path: EDIT_VIEW, clientProps: { newHeading: newDocumentHeading(noun) } } } },
        },
      },
    },
  }
}
