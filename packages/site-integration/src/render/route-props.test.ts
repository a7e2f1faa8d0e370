import { describe, expect, it } from 'vitest'
import { routeProps, sameParams } from './route-props'

const paths = () => [
  { params: { module: 'rouw', n: 1 }, props: { lesson: 'een' } },
  { params: { module: 'rouw', n: 2 }, props: { lesson: 'twee' } },
]

describe('routeProps: a page its props, built or on demand', () => {
  it('passes the props Astro gave in a static build, without calling getStaticPaths', async () => {
    const unused = () => {
      throw new Error('called')
    }
    expect(await routeProps({ isPrerendered: true, props: { lesson: 'x' }, params: {} }, unused)).toEqual({ lesson: 'x' })
  })

  it('on demand, picks the path of the params asked for (numbers and strings alike)', async () => {
    expect(await routeProps({ isPrerendered: false, props: {}, params: { module: 'rouw', n: '2' } }, paths)).toEqual({ lesson: 'twee' })
  })

  it('on demand, has nothing for params no path has (the page answers 404)', async () => {
    expect(await routeProps({ isPrerendered: false, props: {}, params: { module: 'rouw', n: '3' } }, paths)).toBeUndefined()
    expect(sameParams({ slug: 'a' }, { slug: 'a', extra: 'b' })).toBe(false)
    expect(sameParams({ rest: undefined }, {})).toBe(true)
  })
})
