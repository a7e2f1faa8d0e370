import { describe, expect, it } from 'vitest'
import { breadcrumbList, isoDuration, jsonLdString } from './json-ld'

describe('json-ld', () => {
  it('writes ISO durations', () => {
    expect(isoDuration(200)).toBe('PT3M20S')
    expect(isoDuration(3600)).toBe('PT1H')
    expect(isoDuration(0)).toBe('PT0S')
  })
  it('cannot close its script tag (CWE-79)', () => {
    expect(jsonLdString({ name: '</script><script>alert(1)</script>' })).not.toContain('<')
  })
  it('makes absolute breadcrumb items', () => {
    const list = breadcrumbList(
      [
        { label: 'Home', href: '/' },
        { label: 'A', href: '/a/' },
      ],
      'https://x.nl',
    )
    expect(list.itemListElement[1]).toEqual({ '@type': 'ListItem', position: 2, name: 'A', item: 'https://x.nl/a/' })
  })
})
