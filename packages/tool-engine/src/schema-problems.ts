/**
 * Turns zod's issues into sentences an editor can act on: the place is named the way the
 * editor sees it (`Vraag "hoeveel-uur" → antwoord 2 → veld "tekst"`), not as `questions.3...`.
 */
import type { z } from 'zod'
import { problem, type DefinitionProblem } from './problem'

type Issue = z.core.$ZodIssue

/** What a list is called in the editor, by the field that holds it. */
const ITEM_LABELS: Record<string, string> = {
  questions: 'vraag',
  options: 'antwoord',
  dimensions: 'thema',
  bands: 'uitslag',
  nodes: 'stap',
  organisations: 'organisatie',
  links: 'link',
  scoring: 'drempel',
  anyOf: 'antwoord',
  delicts: 'delict',
  safetyRules: 'vangnetregel',
  tags: 'label',
  allTags: 'label',
  mustName: 'organisatie',
  sections: 'onderdeel',
  steps: 'vraag',
  items: 'punt',
}

const FIELD_LABELS: Record<string, string> = {
  kind: 'soort',
  key: 'sleutel',
  text: 'vraagtekst',
  label: 'tekst',
  title: 'titel',
  advice: 'advies',
  score: 'punten',
  weight: 'punten per stap',
  dimension: 'thema',
  min: 'minimum',
  max: 'maximum',
  minLabel: 'tekst bij het minimum',
  maxLabel: 'tekst bij het maximum',
  next: 'volgende stap',
  start: 'startvraag',
  organisation: 'organisatie',
  why: 'waarom',
  href: 'adres',
  from: 'vanaf',
  question: 'vraag',
  showIf: 'voorwaarde',
  riskAt: 'risicogebied',
  questions: 'vragen',
  dimensions: 'thema’s',
  nodes: 'stappen',
  bands: 'uitslagen',
  options: 'antwoorden',
  name: 'naam',
  when: 'geldt voor',
  then: 'de uitkomst moet',
  urgent: 'spoed',
  mustNameFirst: 'eerst noemen',
  minPhoneOrganisations: 'minimaal aantal organisaties met telefoonnummer',
  section: 'onderdeel',
  intro: 'inleiding',
  writeIn: 'lege regels',
  sections: 'onderdelen',
  steps: 'vragen',
  items: 'punten',
}

const TYPE_LABELS: Record<string, string> = {
  string: 'een tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'ja of nee',
  array: 'een lijst',
  object: 'een groep velden',
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Names each step of the path, using the item's key where the input has one. */
export function describePath(input: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = []
  let value: unknown = input
  let parent: string | undefined
  path.forEach((segment, index) => {
    const next = value != null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined
    const isLast = index === path.length - 1
    if (typeof segment === 'number') {
      // Safety rules have no key; editors know them by their name.
      const item = next != null && typeof next === 'object' ? (next as { key?: unknown; name?: unknown }) : undefined
      const key = parent === 'safetyRules' ? item?.name : item?.key
      const label = itemLabelFor(parent, next)
      parts.push(typeof key === 'string' && key ? `${label} "${key}"` : `${label} ${segment + 1}`)
    } else if (isLast || !(String(segment) in ITEM_LABELS)) {
      // A list is named by its items (`vraag 3`), any other field by its Dutch label.
      parts.push(`veld "${FIELD_LABELS[String(segment)] ?? String(segment)}"`)
    }
    parent = String(segment)
    value = next
  })
  if (parts.length === 0) return 'De definitie'
  parts[0] = capitalise(parts[0])
  return parts.join(' → ')
}

function itemLabelFor(list: string | undefined, item: unknown): string {
  if (list === 'nodes' && item && typeof item === 'object') {
    const kind = (item as { kind?: unknown }).kind
    if (kind === 'question') return 'vraag'
    if (kind === 'outcome') return 'uitkomst'
  }
  return ITEM_LABELS[list ?? ''] ?? 'item'
}

/** zod leaves the input off its issues unless asked; look it up by path instead. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input
  for (const segment of path) {
    value = value != null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined
  }
  return value
}

function explain(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_LABELS[issue.expected] ?? issue.expected
      return value === undefined || value === null ? 'moet ingevuld zijn.' : `moet ${expected} zijn.`
    }
    case 'too_small':
      return issue.origin === 'array'
        ? `moet minstens ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? 'item' : 'items'} hebben.`
        : issue.origin === 'string'
          ? 'mag niet leeg zijn.'
          : `moet minstens ${String(issue.minimum)} zijn.`
    case 'too_big':
      return `mag hoogstens ${String(issue.maximum)} zijn.`
    case 'invalid_format':
      return `${JSON.stringify(value)} is niet geldig: ${issue.message}.`
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) {
        return `is onbekend; kies uit ${issue.options.map((option) => `"${String(option)}"`).join(', ')}.`
      }
      return 'heeft een vorm die niet klopt.'
    case 'invalid_value':
      return `is onbekend; kies uit ${issue.values.map((value) => `"${String(value)}"`).join(', ')}.`
    default:
      return `klopt niet (${issue.message}).`
  }
}

export function schemaProblems(input: unknown, issues: readonly Issue[]): DefinitionProblem[] {
  return issues.map((issue) => {
    const path = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment))
    return problem(path, 'schema', `${describePath(input, issue.path)}: ${explain(issue, valueAt(input, issue.path))}`)
  })
}
