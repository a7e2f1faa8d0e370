import { NotFound, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'
import { isDocumentId } from './document-id'

/**
 * Payload reads the id of `/api/<collection>/<id>` with parseFloat: "abc" became NaN (a database
 * error, 500) and "1abc" became 1, so `DELETE /api/users/1abc` deleted user 1. A REST id must be
 * the whole integer; anything else is a 404 before the database is asked (CWE-20, CWE-1287).
 */
export const refuseMalformedId: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const id = req.routeParams?.id
  if (req.routeParams?.collection === collection.slug && typeof id === 'string' && !isDocumentId(id)) throw new NotFound(req.t)
  return args
}

/** The collections with the guard first among their beforeOperation hooks. */
export const withIdGuard = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [refuseMalformedId, ...(collection.hooks?.beforeOperation ?? [])] },
  }))
