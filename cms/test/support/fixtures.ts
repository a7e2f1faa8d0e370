import { api } from './api'

const lexical = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

async function firstId(collection: string): Promise<number> {
  const { json } = await api('GET', `/api/${collection}?limit=1&depth=0`, { as: 'admin' })
  return json.docs[0].id
}

let counter = 0
/** A valid, published document for each collection, with a unique slug per call. */
export async function validDocument(collection: string): Promise<Record<string, unknown>> {
  const n = `${Date.now().toString(36)}-${++counter}`
  const base = { title: `Testdocument ${n}`, slug: `test-${n}`, _status: 'published' }
  switch (collection) {
    case 'checklists':
      return { ...base, site: 'helpers', delict: 'fraude', items: [{ text: 'Bel de bank', theme: await firstId('themes') }] }
    case 'themes':
      return { ...base, site: 'helpers', section: 'goed-voor-uzelf-zorgen', body: lexical('Tekst van de pagina.') }
    case 'stappenplannen':
      return {
        ...base,
        site: 'professionals',
        situation: 'Een incident in de kantine.',
        phases: [
          {
            phase: 'acute-fase',
            steps: [{ title: 'Zorg voor veiligheid', action: 'Breng iedereen in veiligheid.', who: 'Leidinggevende' }],
          },
        ],
      }
    case 'videos':
      return {
        ...base,
        site: 'helpers',
        kind: 'uitleg',
        hostingUrl: 'https://player.vimeo.com/video/123456789',
        poster: await firstId('media'),
        durationSeconds: 120,
        transcript: 'Welkom. In deze video leggen we uit hoe aangifte doen werkt.',
      }
    case 'courses':
      return { ...base, site: 'helpers', level: 'basis' }
    case 'course-modules':
      return {
        ...base,
        site: 'helpers',
        course: await firstId('courses'),
        order: 9,
        level: 'basis',
        durationMinutes: 10,
        lessons: [{ title: 'Les 1', body: lexical('Inhoud van de les.') }],
      }
    case 'organisations':
      return { ...base, site: 'both', helpsWith: 'Bij vragen.', contacts: [{ kind: 'phone', label: 'Bel', value: '0900-0101' }] }
    case 'tools': {
      const { json: tool } = await api('GET', `/api/tools/${await firstId('tools')}?depth=0`, { as: 'admin' })
      // Row ids belong to the stored tool; a copy needs new ones (as the admin's "duplicate" does).
      const withoutIds = JSON.parse(JSON.stringify(tool.definition, (key, value) => (key === 'id' ? undefined : value)))
      return { ...base, site: 'helpers', kind: tool.kind, definition: withoutIds }
    }
    case 'landing-pages':
      return {
        ...base,
        site: 'professionals',
        channel: 'e-mail',
        blocks: [{ blockType: 'cta', label: 'Meld u aan', href: '/nieuwsbrief/' }],
      }
    case 'helper-tips':
      return { ...base, site: 'helpers', body: 'Luister vooral, en vraag wat iemand nodig heeft.' }
    default:
      throw new Error(`no fixture for ${collection}`)
  }
}
