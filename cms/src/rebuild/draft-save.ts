/**
 * Whether a save was a draft save. Payload's afterChange hook is not told: it sees the draft
 * (`_status: 'draft'`) and the published document before it, exactly as after an unpublish.
 * The operation's arguments do say (`draft`, from `?draft=true` over REST, the admin's "Save
 * draft" and autosave, or the Local API), so a beforeOperation hook notes it in the request's
 * context. The test mirrors Payload's own (collections/operations/utilities/update.js): a draft
 * save that sets `_status: 'published'` publishes.
 */
import type { CollectionBeforeOperationHook, RequestContext } from 'payload'

const KEY = 'vspDraftSaves'

const marker = (collection: string, id: unknown) => `${collection}:${id ?? '*'}`

function marks(context: RequestContext): Set<string> {
  return ((context[KEY] as Set<string> | undefined) ??= new Set<string>())
}

export const noteDraftSave: CollectionBeforeOperationHook = ({ args, collection, context, operation }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = args.data as { _status?: unknown } | undefined
  const id = 'id' in args ? args.id : undefined // absent on create and bulk updates
  if (args.draft && data?._status !== 'published') marks(context).add(marker(collection.slug, id))
  return args
}

/** True when the change to this document was saved as a draft (by id, or by a bulk update). */
export function wasDraftSave(context: RequestContext, collection: string, id: unknown): boolean {
  const noted = context[KEY] as Set<string> | undefined
  return Boolean(noted && (noted.has(marker(collection, id)) || noted.has(marker(collection, undefined))))
}
