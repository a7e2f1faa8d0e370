import { describe, expect, it } from 'vitest'
import {
  checklists,
  helperCourse,
  helperThemes,
  organisations,
  professionalCourse,
  professionalThemes,
  stappenplannen,
  tools,
  videos,
} from './index'
import { informalAddress, visibleStrings, withoutQuotations } from './forms-of-address'

const found = (docs: { slug?: string; title?: string }[], skip?: string[]) =>
  docs.flatMap((doc) =>
    visibleStrings(doc, skip)
      .flatMap(informalAddress)
      .map((hit) => `${doc.slug ?? doc.title}: ${hit}`),
  )

describe('informalAddress', () => {
  it('finds je, jij, jouw and jezelf outside quotations only', () => {
    expect(informalAddress('Zorg goed voor jezelf en zeg: "Ik ben er voor je."')).toEqual(['Zorg goed voor jezelf en zeg:'])
    expect(informalAddress('Vraag “Wil je praten?” en luister.')).toEqual([])
    expect(informalAddress('Jouw tip helpt.')).toHaveLength(1)
    expect(informalAddress('Uw tip helpt; je-weet-wel en jeugd tellen niet.')).toEqual([])
    expect(withoutQuotations('a "b" c')).toBe('a   c')
  })
})

// Transcripts are the speakers' own words; tips are visitors' own words, published as sent.
const VIDEO_SPEECH = ['transcript']

describe('the helpers site addresses the visitor with "u"', () => {
  it('in theme pages, checklists, the course, videos and the helpers tools', () => {
    const helperTools = tools.filter((tool) => tool.site === 'helpers')
    expect([
      ...found(helperThemes),
      ...found(checklists),
      ...found([helperCourse]),
      ...found(videos, [...VIDEO_SPEECH, 'key', 'slug', 'href', 'hostingUrl', 'captionsUrl']),
      ...found(helperTools),
    ]).toEqual([])
  })
})

describe('the professionals site addresses the reader with "u" as well', () => {
  it('in theme pages, stappenplannen, organisations, the trainingen and its tools', () => {
    const professionalTools = tools.filter((tool) => tool.site === 'professionals')
    expect([
      ...found(professionalThemes),
      ...found(stappenplannen),
      ...found(organisations),
      ...found([professionalCourse]),
      ...found(professionalTools),
    ]).toEqual([])
  })
})
