/**
 * The one check the CMS runs on save and the tests run on every seeded tool: shape first
 * (zod), then whether the definition holds together. Every problem names its place in Dutch.
 */
import { toolDefinition } from '@vsp/content-models'
import type { DefinitionProblem } from './problem'
import type { RuleOrganisation } from './safety-rules'
import { schemaProblems } from './schema-problems'
import { validateScored } from './validate-scored'
import { validateTree } from './validate-tree'

export interface ValidateOptions {
  /** Slugs of the organisations collection; when given, outcomes may only name these. */
  knownOrganisations?: readonly string[]
  /** The organisations with their contacts, for the safety rules of referral trees (phone numbers, names). */
  organisations?: readonly RuleOrganisation[]
}

export function validateDefinition(input: unknown, options: ValidateOptions = {}): DefinitionProblem[] {
  const parsed = toolDefinition.safeParse(input)
  if (!parsed.success) return schemaProblems(input, parsed.error.issues)
  const definition = parsed.data
  return definition.kind === 'scored'
    ? validateScored(definition)
    : validateTree(definition, options.knownOrganisations, options.organisations)
}
