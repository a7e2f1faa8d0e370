import { describe, expect, it } from 'vitest'
import { pickRelated, RELATED_LIMIT, type RelatedCandidate } from './related'

const page = (href: string, section?: string, topics?: string[]): RelatedCandidate => ({ href, title: href.toUpperCase(), section, topics })

describe('pickRelated', () => {
  it('caps the list at the limit, however many candidates there are', () => {
    const many = Array.from({ length: 500 }, (_, i) => page(`/t/${i}/`, 'zelfzorg'))
    const links = pickRelated({ href: '/t/0/', section: 'zelfzorg' }, many)
    expect(links).toHaveLength(RELATED_LIMIT)
    expect(RELATED_LIMIT).toBe(8)
    expect(pickRelated({}, many, 3)).toHaveLength(3)
  })

  it('puts pages that share section and topic first, then one of them, then the rest, in the caller’s order', () => {
    const candidates = [
      page('/other/', 'elders'),
      page('/section/', 'steun'),
      page('/topic/', 'elders', ['fraude']),
      page('/both/', 'steun', ['geweld', 'fraude']),
      page('/section-2/', 'steun'),
    ]
    const links = pickRelated({ href: '/me/', section: 'steun', topics: ['fraude'] }, candidates)
    expect(links.map((l) => l.href)).toEqual(['/both/', '/section/', '/topic/', '/section-2/', '/other/'])
  })

  it('keeps the most related ones when the list is cut', () => {
    const filler = Array.from({ length: 20 }, (_, i) => page(`/f/${i}/`, 'elders'))
    const links = pickRelated({ section: 'steun', topics: ['stalking'] }, [...filler, page('/best/', 'steun', ['stalking'])], 2)
    expect(links.map((l) => l.href)).toEqual(['/best/', '/f/0/'])
  })

  it('leaves out the page itself and duplicates, and returns only href and title', () => {
    const links = pickRelated({ href: '/me/' }, [page('/me/'), page('/a/'), page('/a/'), page('/b/')])
    expect(links).toEqual([
      { href: '/a/', title: '/A/' },
      { href: '/b/', title: '/B/' },
    ])
  })

  it('stops reading candidates once the best list it can make is full', () => {
    let read = 0
    function* candidates() {
      for (let i = 0; i < 1000; i++) {
        read++
        yield page(`/c/${i}/`, undefined, ['fraude'])
      }
    }
    // No section: sharing a topic is the most a candidate can have, and the first eight do.
    expect(pickRelated({ topics: ['fraude'] }, candidates())).toHaveLength(RELATED_LIMIT)
    expect(read).toBe(RELATED_LIMIT)
    read = 0
    // With a section, a later candidate might share both, so every one is read.
    pickRelated({ section: 'steun', topics: ['fraude'] }, candidates())
    expect(read).toBe(1000)
  })
})
