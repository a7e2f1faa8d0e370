import { describe, expect, it } from 'vitest'
import type { CourseModule, Snapshot, Video } from '@vsp/content-models'
import { lessonPaths, modulePaths, videoPaths } from './static-paths'

const module = { slug: 'basis', lessons: [{ title: 'Een' }, { title: 'Twee' }] } as unknown as CourseModule
const video = { slug: 'verhaal' } as unknown as Video
const content = async () => ({ videos: [video], 'course-modules': [module] }) as unknown as Snapshot

describe('static paths shared by both sites', () => {
  it('gives one video page per video', async () => {
    expect(await videoPaths(content)()).toEqual([{ params: { slug: 'verhaal' }, props: { video } }])
  })

  it('gives one page per module and one per lesson, numbered from 1', async () => {
    expect(await modulePaths(content)()).toEqual([{ params: { module: 'basis' }, props: { module } }])
    expect((await lessonPaths(content)()).map((p) => [p.params, p.props.index])).toEqual([
      [{ module: 'basis', n: '1' }, 0],
      [{ module: 'basis', n: '2' }, 1],
    ])
  })
})
