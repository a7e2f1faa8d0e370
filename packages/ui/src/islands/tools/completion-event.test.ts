import { serviceEventInput, type ScoredDefinition } from '@vsp/content-models'
import { scoreDefinition, type SessionResult } from '@vsp/tool-engine'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { completionEvent, outcomeKey, sendCompletion } from './completion-event'

const band = (key: string, min: number, max: number) => ({ key, label: key, min, max, advice: 'Advies.' })
const yesNo = (key: string, dimension: string) => ({
  kind: 'single' as const,
  key,
  dimension,
  text: `${key}?`,
  options: [
    { key: 'ja', label: 'Ja', score: 1 },
    { key: 'nee', label: 'Nee', score: 0 },
  ],
})
const definition = (dimensions: string[]): ScoredDefinition => ({
  kind: 'scored',
  dimensions: dimensions.map((key) => ({ key, label: key, bands: [band('laag', 0, 0), band('hoog', 1, 1)] })),
  questions: dimensions.map((key) => yesNo(`v-${key}`, key)),
})
const scored = (dims: string[], answer: string): SessionResult => ({
  kind: 'scored',
  result: scoreDefinition(definition(dims), Object.fromEntries(dims.map((d) => [`v-${d}`, answer]))),
})
const tree: SessionResult = {
  kind: 'decision-tree',
  outcome: { kind: 'outcome', key: 'bel-113', title: 'Bel 113', advice: 'Nu.', organisations: [] },
}

describe('outcomeKey', () => {
  it('is the band of a single dimension, or dimension-band of the first of several', () => {
    expect(outcomeKey(scored(['balans'], 'ja'))).toBe('hoog')
    expect(outcomeKey(scored(['balans'], 'nee'))).toBe('laag')
    expect(outcomeKey(scored(['beleid', 'meldroute'], 'nee'))).toBe('beleid-laag')
  })

  it('is the outcome node of a tree', () => expect(outcomeKey(tree)).toBe('bel-113'))

  it('is only that a plan was made: nothing of the plan itself', () => {
    const plan: SessionResult = {
      kind: 'plan',
      plan: {
        sections: [{ key: 'wie', title: 'Wie', intro: null, items: ['Tante Els doet boodschappen'], writeIn: 0 }],
        organisations: [],
      },
    }
    expect(outcomeKey(plan)).toBe('plan-gemaakt')
  })

  it('stays within 80 characters of the API key format', () => {
    const long = 'a'.repeat(79)
    const key = outcomeKey(scored([long, 'b'], 'ja'))
    expect(key.length).toBeLessThanOrEqual(80)
    expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  })
})

describe('completionEvent', () => {
  it('is accepted by the strict API schema and carries exactly five keys', () => {
    const event = completionEvent('quickscan-grensoverschrijdend-gedrag', 'professionals', 'direct', scored(['beleid', 'nazorg'], 'ja'))
    expect(Object.keys(event).sort()).toEqual(['channel', 'kind', 'outcome', 'site', 'subject'])
    expect(serviceEventInput.safeParse(event).success).toBe(true)
  })
})

describe('sendCompletion', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('posts JSON without credentials, keepalive, and swallows a network failure', async () => {
    const fetch = vi.fn().mockRejectedValue(new TypeError('Failed to fetch'))
    vi.stubGlobal('fetch', fetch)
    const event = completionEvent('doorverwijstool', 'helpers', 'social', tree)
    expect(() => sendCompletion('https://cms.example/api/island', event)).not.toThrow()
    await Promise.resolve()
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit]
    expect(url).toBe('https://cms.example/api/island/events')
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', keepalive: true })
    expect(JSON.parse(init.body as string)).toEqual(event)
  })

  it('survives a fetch that throws synchronously', () => {
    vi.stubGlobal('fetch', () => {
      throw new Error('blocked')
    })
    expect(() => sendCompletion('x', completionEvent('t', 'helpers', 'direct', tree))).not.toThrow()
  })
})
