/** Regression table: answers → band and attention points. */
import { describe, expect, it } from 'vitest'
import { scoreDefinition } from '@vsp/tool-engine'
import type { ToolAnswers } from '@vsp/content-models'
import { luistertestDefinition } from './test-oordeelloos-luisteren'

const JUDGING = ['waarom-vragen', 'ongevraagd-advies', 'invullen', 'vergelijken', 'antwoord-bedenken', 'bagatelliseren', 'eigen-schuld']
const OPEN = ['stilte', 'samenvatten', 'behoefte-vragen']

function answers(judging: string, open: string, overrides: ToolAnswers = {}): ToolAnswers {
  return { ...Object.fromEntries([...JUDGING.map((k) => [k, judging]), ...OPEN.map((k) => [k, open])]), ...overrides }
}

const table = [
  {
    name: 'luistert open',
    answers: answers('zelden', 'vaak'),
    score: 0,
    band: 'oordeel-uit',
    advice: 'U luistert open',
    attention: [] as string[],
  },
  {
    name: 'drie keer vaak oordelend (6)',
    answers: answers('zelden', 'vaak', { 'waarom-vragen': 'vaak', 'ongevraagd-advies': 'vaak', invullen: 'vaak' }),
    score: 6,
    band: 'oordeel-uit',
    advice: 'herhalen hoort bij verwerken',
    attention: ['waarom-vragen', 'ongevraagd-advies', 'invullen'],
  },
  {
    name: 'net over de rand (7)',
    answers: answers('zelden', 'vaak', { 'waarom-vragen': 'vaak', 'ongevraagd-advies': 'vaak', invullen: 'vaak', vergelijken: 'soms' }),
    score: 7,
    band: 'oordeel-soms-aan',
    advice: 'vat samen wat u hoort',
    attention: ['waarom-vragen', 'ongevraagd-advies', 'invullen'],
  },
  {
    name: 'overal soms (10)',
    answers: answers('soms', 'soms'),
    score: 10,
    band: 'oordeel-soms-aan',
    advice: 'Dat is heel menselijk',
    attention: [],
  },
  {
    name: 'soms oordelend, zelden open vragen (13)',
    answers: answers('soms', 'zelden'),
    score: 13,
    band: 'oordeel-soms-aan',
    advice: 'Probeer eerst te vragen',
    attention: ['stilte', 'samenvatten', 'behoefte-vragen'],
  },
  {
    name: 'oordeel in de weg (14)',
    answers: answers('soms', 'zelden', { 'eigen-schuld': 'vaak' }),
    score: 14,
    band: 'oordeel-staat-in-de-weg',
    advice: 'vermijd "waarom"-vragen',
    attention: ['eigen-schuld', 'stilte', 'samenvatten', 'behoefte-vragen'],
  },
  {
    name: 'altijd oordelend (20)',
    answers: answers('vaak', 'zelden'),
    score: 20,
    band: 'oordeel-staat-in-de-weg',
    advice: 'Oordeelloos luisteren is te leren',
    attention: [...JUDGING, ...OPEN],
  },
]

describe('Test op oordeelloos luisteren: regression table', () => {
  it.each(table)('$name → $band', ({ answers: given, score, band, advice, attention }) => {
    const result = scoreDefinition(luistertestDefinition, given)
    expect(result.complete).toBe(true)
    expect(result.dimensions[0].score).toBe(score)
    expect(result.dimensions[0].band?.key).toBe(band)
    expect(result.dimensions[0].band?.advice).toContain(advice)
    expect(result.attentionPoints.map((point) => point.question)).toEqual(attention)
  })

  it('points blaming listeners to the page on victim blaming', () => {
    const result = scoreDefinition(luistertestDefinition, answers('vaak', 'zelden'))
    expect(result.dimensions[0].band?.links?.map((link) => link.href)).toContain('/iemand-ondersteunen/victim-blaming-voorkomen/')
  })
})
