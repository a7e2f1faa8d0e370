import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import type { ToolFormDefinition, ToolKind } from '@vsp/content-models'
import { definitionFromForm, validateDefinition } from '@vsp/tool-engine'
import { problemFieldPath } from './problem-field-path'

/**
 * Runs the engine's validation on every save and refuses an invalid definition with the
 * list of problems in Dutch, the safety rules (vangnetregels) of a referral tree included, each
 * naming the path that breaks it. Only "Opslaan als concept" (`?draft=true`) may store an unfinished
 * tree, as Payload does for required fields; publishing always validates.
 */
export const validateToolDefinition: CollectionBeforeChangeHook = async ({ data, req }) => {
  const savingDraft = String(req.query?.draft) === 'true' && data._status !== 'published'
  if (savingDraft) return data
  const organisations = await req.payload.find({
    collection: 'organisations',
    depth: 0,
    pagination: false,
    draft: false,
    overrideAccess: true,
    req,
    select: { slug: true, title: true, contacts: true },
  })
  const slugById = new Map(organisations.docs.map((o) => [String(o.id), o.slug as string]))
  // Contacts, so the safety rules can check that an outcome names someone with a phone number.
  const withContacts = organisations.docs.map((o) => ({
    slug: o.slug as string,
    title: o.title as string,
    contacts: (o.contacts ?? []) as { kind: string }[],
  }))
  const definition = definitionFromForm(data.kind as ToolKind, data.definition as ToolFormDefinition, (ref) =>
    slugById.get(String(typeof ref === 'object' ? ref.id : ref)),
  )
  const problems = validateDefinition(definition, { knownOrganisations: [...slugById.values()], organisations: withContacts })
  if (problems.length === 0) return data
  throw new ValidationError({
    collection: 'tools',
    errors: problems.map((p) => ({ path: problemFieldPath(p.path), message: p.message })),
  })
}
