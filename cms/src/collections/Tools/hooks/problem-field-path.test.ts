import { describe, expect, it } from 'vitest'
import { problemFieldPath } from './problem-field-path'

describe('problemFieldPath', () => {
  it.each([
    ['nodes.3.options.1.next', 'definition.nodes.3.options.1.next'],
    ['start', 'definition.start'],
    ['nodes.3', 'definition.nodes.3.key'],
    ['sections.0', 'definition.sections.0.key'],
    ['dimensions.1.bands.2', 'definition.dimensions.1.bands.2.key'],
    ['safetyRules.0', 'definition.safetyRules.0.name'],
    ['safetyRules.0.then', 'definition.safetyRules.0.name'],
    ['safetyRules.0.when', 'definition.safetyRules.0.when.allTags'],
    ['questions.2.showIf.anyOf.1', 'definition.questions.2.showIf.anyOf'],
    ['nodes.1.organisations.0', 'definition.nodes.1.organisations.0.organisation'],
    ['dimensions.0.bands', 'definition.dimensions.0.bands'],
  ])('%s is shown on %s', (path, field) => {
    expect(problemFieldPath(path)).toBe(field)
  })
})
