/**
 * The one check the CMS runs on save and the tests run on every seeded tool: shape first
 * (zod), then whether the definition holds together, by the rules of its kind. Every problem
 * names its place in Dutch.
 */
import { toolDefinition } from '@vsp/content-models'
import type { DefinitionProblem } from './problem'
import { schemaProblems } from './schema-problems'
import { engineOf, type EngineOptions } from './tool-kinds'

export type ValidateOptions = EngineOptions

export function validateDefinition(input: unknown, options: ValidateOptions = {}): DefinitionProblem[] {
  const parsed = toolDefinition.safeParse(input)
  if (!parsed.success) return schemaProblems(input, parsed.error.issues)
  return engineOf(parsed.data).validate(parsed.data, options)
}
