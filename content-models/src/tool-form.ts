/**
 * A tool definition as the CMS form stores it: the same fields as `tool-definition.ts`, with
 * Payload's `blockType` where the engine has `kind`, and organisations as relationships (ids)
 * where the engine has slugs. `@vsp/tool-engine` converts between the two (`form.ts`).
 */
import { z } from 'zod'
import { ref } from './common'
import {
  dimension,
  multipleQuestion,
  numberQuestion,
  outcomeOrganisation,
  safetyRule,
  planSection,
  planSingleQuestion,
  scaleQuestion,
  showIf,
  singleQuestion,
  toolKey,
  treeOutcomeNode,
  treeQuestionNode,
} from './tool-definition'

const block = <T extends z.ZodRawShape, K extends string>(schema: z.ZodObject<T>, blockType: K) =>
  schema.omit({ kind: true } as never).extend({ blockType: z.literal(blockType), blockName: z.string().nullish() })

/** Payload stores an untouched group as all-null fields; a condition without a question is none. */
const formShowIf = showIf.extend({ question: toolKey.nullish() })
const question = <T extends z.ZodRawShape, K extends string>(schema: z.ZodObject<T>, blockType: K) =>
  block(schema, blockType).extend({ showIf: formShowIf.nullish() })

export const toolFormDefinition = z.object({
  dimensions: z.array(dimension).nullish(),
  questions: z
    .array(
      z.discriminatedUnion('blockType', [
        question(singleQuestion, 'single'),
        question(multipleQuestion, 'multiple'),
        question(scaleQuestion, 'scale'),
        question(numberQuestion, 'number'),
      ]),
    )
    .nullish(),
  start: z.string().nullish(),
  nodes: z
    .array(
      z.discriminatedUnion('blockType', [
        block(treeQuestionNode, 'question'),
        block(treeOutcomeNode, 'outcome').extend({
          organisations: z.array(outcomeOrganisation.extend({ organisation: ref })),
        }),
      ]),
    )
    .nullish(),
  /** Safety rules name organisations as relationships, like outcomes do. */
  safetyRules: z
    .array(
      safetyRule.extend({
        then: safetyRule.shape.then.extend({ mustNameFirst: ref.nullish(), mustName: z.array(ref).nullish() }),
      }),
    )
    .nullish(),
  // plan: the same rows as the definition, organisations as relationships
  sections: z.array(planSection).nullish(),
  // one row type with a "kind" select, where the definition has a union by kind
  steps: z.array(planSingleQuestion.extend({ kind: z.enum(['single', 'multiple']) })).nullish(),
  organisations: z.array(outcomeOrganisation.extend({ organisation: ref })).nullish(),
})
export type ToolFormDefinition = z.infer<typeof toolFormDefinition>
