import { expect, it } from 'vitest'
import * as engine from './index'

it('exports exactly the public API', () => {
  expect(Object.keys(engine).sort()).toEqual([
    'answer',
    'answersFor',
    'back',
    'bandFor',
    'canGoBack',
    'change',
    'checkAnswer',
    'currentQuestion',
    'definitionFromForm',
    'describePath',
    'dimensionRange',
    'enumeratePaths',
    'formFromDefinition',
    'isAtRisk',
    'isComplete',
    'nextNode',
    'outcomeFor',
    'questionRange',
    'restart',
    'scoreAnswer',
    'scoreDefinition',
    'scoredReport',
    'sessionResult',
    'sessionSteps',
    'startSession',
    'summary',
    'textBar',
    'treeIndex',
    'treeToMermaid',
    'validateDefinition',
    'visibleQuestions',
    'walkTree',
  ])
})
