import { describe, expect, it } from 'vitest'
import { smallTree } from './fixtures'
import { validateDefinition } from './validate-definition'

const ORGANISATIONS = ['alarmnummer-112', 'slachtofferhulp-nederland']

function question(tree: ReturnType<typeof smallTree>, key: string) {
  const node = tree.nodes.find((n) => n.key === key)
  if (node?.kind !== 'question') throw new Error(key)
  return node
}

describe('validateDefinition: decision trees', () => {
  it('accepts a sound tree', () => {
    expect(validateDefinition(smallTree(), { knownOrganisations: ORGANISATIONS })).toEqual([])
  })

  it('names a branch to a missing step', () => {
    const tree = smallTree()
    question(tree, 'hoeveel-uur').options[1].next = 'uitslag-x'
    tree.nodes = tree.nodes.filter((n) => n.key !== 'uitslag-druk')
    expect(validateDefinition(tree)).toEqual([
      {
        path: 'nodes.1.options.1.next',
        code: 'missing-node',
        message: 'Vraag "hoeveel-uur" → antwoord "meer-dan-10": verwijst naar "uitslag-x", maar die stap bestaat niet.',
      },
    ])
  })

  it('names a missing start', () => {
    const tree = { ...smallTree(), start: 'begin' }
    expect(validateDefinition(tree)).toEqual([
      {
        path: 'start',
        code: 'missing-start',
        message: 'Startvraag: verwijst naar "begin", maar die stap bestaat niet. Kies een bestaande vraag als start.',
      },
    ])
  })

  it('names an unreachable step', () => {
    const tree = smallTree()
    question(tree, 'gevaar').options[0].next = 'hoeveel-uur'
    expect(validateDefinition(tree)).toEqual([
      {
        path: 'nodes.2',
        code: 'unreachable-node',
        message:
          'Uitkomst "bel-112": is vanaf de startvraag niet te bereiken. Laat een antwoord naar deze stap verwijzen, of verwijder haar.',
      },
    ])
  })

  it('names a cycle with the loop it makes', () => {
    const tree = smallTree()
    question(tree, 'hoeveel-uur').options[0].next = 'gevaar'
    expect(validateDefinition(tree)).toEqual([
      {
        path: 'nodes.3',
        code: 'unreachable-node',
        message:
          'Uitkomst "uitslag-rustig": is vanaf de startvraag niet te bereiken. Laat een antwoord naar deze stap verwijzen, of verwijder haar.',
      },
      {
        path: 'nodes.1.options.0.next',
        code: 'cycle',
        message:
          'Vraag "hoeveel-uur" → antwoord "minder-dan-10": gaat terug naar "gevaar", waardoor de vragen in een ' +
          'kring lopen (gevaar → hoeveel-uur → gevaar). Laat dit antwoord naar een volgende vraag of een ' +
          'uitkomst gaan.',
      },
    ])
  })

  it('names a dead end: an answer without a next step', () => {
    const tree = smallTree()
    question(tree, 'hoeveel-uur').options[0].next = ''
    const problems = validateDefinition(tree)
    expect(problems).toContainEqual({
      path: 'nodes.1.options.0.next',
      code: 'dead-end',
      message: 'Vraag "hoeveel-uur" → antwoord "minder-dan-10": leidt nergens heen. Kies de stap die na dit antwoord komt.',
    })
  })

  it('names a question without options', () => {
    const tree = smallTree()
    question(tree, 'hoeveel-uur').options = []
    expect(validateDefinition(tree)).toContainEqual({
      path: 'nodes.1.options',
      code: 'no-options',
      message: 'Vraag "hoeveel-uur": heeft geen antwoorden. Voeg antwoorden toe, of maak van deze stap een uitkomst.',
    })
  })

  it('names an outcome that names a missing organisation, only when organisations are known', () => {
    const tree = smallTree()
    expect(validateDefinition(tree, { knownOrganisations: ['alarmnummer-112'] })).toEqual([
      {
        path: 'nodes.4.organisations.0.organisation',
        code: 'missing-organisation',
        message:
          'Uitkomst "uitslag-druk" → organisatie "slachtofferhulp-nederland": staat niet bij de organisaties. Kies een bestaande organisatie of voeg haar eerst toe.',
      },
    ])
    expect(validateDefinition(tree)).toEqual([])
  })

  it('names a key used twice', () => {
    const tree = smallTree()
    tree.nodes[3] = { ...tree.nodes[3], key: 'uitslag-druk' }
    question(tree, 'hoeveel-uur').options[0].next = 'uitslag-druk'
    expect(validateDefinition(tree)).toContainEqual({
      path: 'nodes.4.key',
      code: 'duplicate-key',
      message: 'Uitkomst "uitslag-druk": deze sleutel wordt al door een andere stap gebruikt. Geef elke stap een ' + 'eigen sleutel.',
    })
  })
})
