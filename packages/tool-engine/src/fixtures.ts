/** Small definitions for the engine's tests; each test breaks one thing on a fresh copy. */
import type { DecisionTreeDefinition, ScoredDefinition } from '@vsp/content-models'

export function smallTree(): DecisionTreeDefinition {
  return {
    kind: 'decision-tree',
    start: 'gevaar',
    nodes: [
      {
        kind: 'question',
        key: 'gevaar',
        text: 'Is er nu gevaar?',
        options: [
          { key: 'ja', label: 'Ja', next: 'bel-112' },
          { key: 'nee', label: 'Nee', next: 'hoeveel-uur' },
        ],
      },
      {
        kind: 'question',
        key: 'hoeveel-uur',
        text: 'Hoeveel uur per week helpt u?',
        options: [
          { key: 'minder-dan-10', label: 'Minder dan 10', next: 'uitslag-rustig' },
          { key: 'meer-dan-10', label: 'Meer dan 10', next: 'uitslag-druk' },
        ],
      },
      {
        kind: 'outcome',
        key: 'bel-112',
        title: 'Bel 112',
        advice: 'Bel nu 112.',
        urgent: true,
        organisations: [{ organisation: 'alarmnummer-112', why: 'Bij direct gevaar.' }],
      },
      { kind: 'outcome', key: 'uitslag-rustig', title: 'Rustig', advice: 'Goed zo.', organisations: [] },
      {
        kind: 'outcome',
        key: 'uitslag-druk',
        title: 'Druk',
        advice: 'Zoek steun.',
        organisations: [{ organisation: 'slachtofferhulp-nederland', why: 'Voor steun.' }],
      },
    ],
  }
}

export function smallScan(): ScoredDefinition {
  return {
    kind: 'scored',
    dimensions: [
      {
        key: 'belasting',
        label: 'Belasting',
        bands: [
          { key: 'in-balans', label: 'In balans', min: 0, max: 3, advice: 'U houdt het vol.' },
          { key: 'let-op', label: 'Let op', min: 4, max: 6, advice: 'Let op uzelf.' },
          { key: 'over-je-grens', label: 'Over je grens', min: 7, max: 10, advice: 'Zoek hulp.' },
        ],
      },
    ],
    questions: [
      {
        kind: 'single',
        key: 'alleen',
        dimension: 'belasting',
        text: 'Helpt u alleen?',
        attentionPoint: 'Vraag anderen om mee te helpen.',
        options: [
          { key: 'nee', label: 'Nee', score: 0 },
          { key: 'ja', label: 'Ja', score: 2, atRisk: true },
        ],
      },
      {
        kind: 'single',
        key: 'gevraagd',
        dimension: 'belasting',
        text: 'Heeft u hulp gevraagd?',
        showIf: { question: 'alleen', anyOf: ['ja'] },
        options: [
          { key: 'ja', label: 'Ja', score: 0 },
          { key: 'nee', label: 'Nee', score: 1 },
        ],
      },
      {
        kind: 'scale',
        key: 'moe',
        dimension: 'belasting',
        text: 'Hoe moe bent u?',
        min: 1,
        max: 5,
        minLabel: 'Niet',
        maxLabel: 'Heel erg',
        weight: 1,
        riskAt: { min: 4 },
        attentionPoint: 'Neem rust.',
      },
      {
        kind: 'multiple',
        key: 'signalen',
        dimension: 'belasting',
        text: 'Welke signalen merkt u?',
        options: [
          { key: 'slaap', label: 'Slecht slapen', score: 1 },
          { key: 'hoofdpijn', label: 'Hoofdpijn', score: 1 },
          { key: 'geen', label: 'Geen van deze', score: 0, exclusive: true },
        ],
      },
      {
        kind: 'number',
        key: 'uren',
        dimension: 'belasting',
        text: 'Hoeveel uur per week?',
        min: 0,
        max: 168,
        unit: 'uur',
        scoring: [
          { from: 0, score: 0 },
          { from: 10, score: 1 },
        ],
      },
    ],
  }
}
