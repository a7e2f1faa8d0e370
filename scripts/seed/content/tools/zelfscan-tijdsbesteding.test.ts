/** Regression table: answers → band, advice and attention points (in the spirit of smart-answers). */
import { describe, expect, it } from 'vitest'
import { scoreDefinition } from '@vsp/tool-engine'
import type { ToolAnswers } from '@vsp/content-models'
import { zelfscanDefinition } from './zelfscan-tijdsbesteding'

const calm: ToolAnswers = {
  'uren-per-week': 2,
  'hoe-lang': 'minder-dan-een-maand',
  'energie-na-contact': 2,
  'slecht-slapen': 'nooit',
  'eigen-dingen': 'ja',
  'nee-zeggen': 'ja',
  piekeren: 2,
  'alleen-helper': 'met-anderen',
  signalen: ['geen'],
  'eigen-steun': 'ja',
}

const table: { name: string; answers: ToolAnswers; score: number; band: string; advice: string; attention: string[] }[] = [
  {
    name: 'weinig tijd, veel steun',
    answers: calm,
    score: 2,
    band: 'in-balans',
    advice: 'U helpt op een manier die u volhoudt',
    attention: [],
  },
  {
    name: 'net in balans (9)',
    answers: {
      ...calm,
      'uren-per-week': 8,
      'hoe-lang': 'langer-dan-een-half-jaar',
      'energie-na-contact': 3,
      'eigen-dingen': 'minder',
      piekeren: 3,
    },
    score: 9,
    band: 'in-balans',
    advice: 'Doe deze zelfscan gerust over een paar weken',
    attention: [],
  },
  {
    name: 'net let op (10), met veel uren',
    answers: {
      ...calm,
      'uren-per-week': 12,
      'hoe-lang': 'langer-dan-een-half-jaar',
      'energie-na-contact': 3,
      'slecht-slapen': 'soms',
      'eigen-dingen': 'minder',
      'nee-zeggen': 'soms',
      piekeren: 1,
    },
    score: 10,
    band: 'let-op',
    advice: 'plan bewust tijd voor uzelf',
    attention: ['uren-per-week'],
  },
  {
    name: 'soms hulp, wel gevraagd, één signaal',
    answers: {
      ...calm,
      'uren-per-week': 8,
      'hoe-lang': 'een-tot-zes-maanden',
      'energie-na-contact': 3,
      'slecht-slapen': 'soms',
      'eigen-dingen': 'minder',
      'nee-zeggen': 'soms',
      piekeren: 3,
      'alleen-helper': 'soms-hulp',
      'hulp-gevraagd': 'ja',
      signalen: ['prikkelbaar'],
      'eigen-steun': 'niet-echt',
    },
    score: 13,
    band: 'let-op',
    advice: 'Kijk wat u kunt laten schieten',
    attention: ['signalen'],
  },
  {
    name: 'hoog in let op (18)',
    answers: {
      ...calm,
      'uren-per-week': 25,
      'hoe-lang': 'langer-dan-een-half-jaar',
      'energie-na-contact': 5,
      'slecht-slapen': 'vaak',
      'eigen-dingen': 'nauwelijks',
      piekeren: 4,
      'eigen-steun': 'niet-echt',
    },
    score: 18,
    band: 'let-op',
    advice: 'voordat het u te veel wordt',
    attention: ['uren-per-week', 'energie-na-contact', 'slecht-slapen', 'eigen-dingen', 'piekeren'],
  },
  {
    name: 'net over de grens (19): niemand om mee te praten',
    answers: {
      ...calm,
      'uren-per-week': 25,
      'hoe-lang': 'langer-dan-een-half-jaar',
      'energie-na-contact': 5,
      'slecht-slapen': 'vaak',
      'eigen-dingen': 'nauwelijks',
      piekeren: 4,
      'eigen-steun': 'nee',
    },
    score: 19,
    band: 'over-je-grens',
    advice: 'Centrale Service Lijn',
    attention: ['uren-per-week', 'energie-na-contact', 'slecht-slapen', 'eigen-dingen', 'piekeren', 'eigen-steun'],
  },
  {
    name: 'alles op zijn zwaarst (30)',
    answers: {
      'uren-per-week': 40,
      'hoe-lang': 'langer-dan-een-half-jaar',
      'energie-na-contact': 5,
      'slecht-slapen': 'vaak',
      'eigen-dingen': 'nauwelijks',
      'nee-zeggen': 'bijna-nooit',
      piekeren: 5,
      'alleen-helper': 'alleen',
      'hulp-gevraagd': 'niemand',
      signalen: ['prikkelbaar', 'lichamelijk', 'concentratie', 'emotioneel'],
      'eigen-steun': 'nee',
    },
    score: 30,
    band: 'over-je-grens',
    advice: 'U gaat over uw grens',
    attention: [
      'uren-per-week',
      'energie-na-contact',
      'slecht-slapen',
      'eigen-dingen',
      'nee-zeggen',
      'piekeren',
      'alleen-helper',
      'hulp-gevraagd',
      'signalen',
      'eigen-steun',
    ],
  },
]

describe('Zelfscan tijdsbesteding: regression table', () => {
  it.each(table)('$name → $band', ({ answers, score, band, advice, attention }) => {
    const result = scoreDefinition(zelfscanDefinition, answers)
    expect(result.complete).toBe(true)
    expect(result.dimensions[0].score).toBe(score)
    expect(result.dimensions[0].band?.key).toBe(band)
    expect(result.dimensions[0].band?.advice).toContain(advice)
    expect(result.attentionPoints.map((point) => point.question)).toEqual(attention)
  })

  it('asks whether help was asked only of someone who (partly) helps alone', () => {
    expect(scoreDefinition(zelfscanDefinition, calm).unanswered).toEqual([])
    expect(scoreDefinition(zelfscanDefinition, { ...calm, 'alleen-helper': 'alleen' }).unanswered).toEqual(['hulp-gevraagd'])
  })

  it('links the advice to the helpers pages the brief names', () => {
    const hrefs = zelfscanDefinition.dimensions[0].bands.flatMap((band) => (band.links ?? []).map((link) => link.href))
    for (const href of [
      '/goed-voor-uzelf-zorgen/grenzen-aangeven/',
      '/goed-voor-uzelf-zorgen/slim-omgaan-met-stress/',
      '/goed-voor-uzelf-zorgen/tips-voor-zelfzorg/',
      '/goed-voor-uzelf-zorgen/start-een-steungroep/',
      '/contact/',
    ]) {
      expect(hrefs).toContain(href)
    }
  })
})
