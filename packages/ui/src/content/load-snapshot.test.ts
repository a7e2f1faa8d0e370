import { readFileSync } from 'node:fs'
import { FIXTURE_SNAPSHOT } from '@vsp/test-support/fixtures'
import { describe, expect, it, vi } from 'vitest'
import { cachedLoader, loadContent } from './load-snapshot'

const fixture = () => JSON.parse(readFileSync(FIXTURE_SNAPSHOT, 'utf8'))

describe('loadContent', () => {
  it('returns the validated snapshot', async () => {
    const snapshot = await loadContent(async () => fixture())
    expect(snapshot.checklists.map((c) => c.slug)).toEqual(['woninginbraak', 'fraude'])
  })

  it('names every invalid document and field', async () => {
    const data = fixture()
    delete data.checklists[1].delict
    data.videos[0].transcript = ''
    const error = await loadContent(async () => data).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toMatch(/checklists\[1\] "Checklist bij fraude" \(slug fraude\): veld "delict"/)
    expect((error as Error).message).toMatch(/videos\[0\] .*veld "transcript"/)
  })
})

describe('cachedLoader', () => {
  it('loads once however often it is asked', async () => {
    const load = vi.fn(async () => 42)
    const get = cachedLoader(load)
    expect(await Promise.all([get(), get(), get()])).toEqual([42, 42, 42])
    expect(load).toHaveBeenCalledTimes(1)
  })
})
