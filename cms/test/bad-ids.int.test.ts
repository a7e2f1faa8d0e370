import { describe, expect, inject, it } from 'vitest'
import { COLLECTIONS } from '@vsp/content-models'
import { api, login, type Who } from './support/api'

// The CMS's own collections besides the content types: Payload's and ours.
// (payload-preferences is left out: its "id" is a preference key by design.)
const INTERNAL = ['rebuild-requests', 'payload-migrations', 'payload-kv', 'payload-jobs', 'payload-locked-documents']
const BAD_IDS = ['abc', '1abc', '-1', '0x10', '1e3', 'NaN', '%00', '9'.repeat(40), "1' OR '1'='1"]

// CWE-20/CWE-209: a malformed id is the client's mistake; it must never look like an outage (500).
describe('malformed document ids answer 400 or 404, never 500', () => {
  it.each([...COLLECTIONS, ...INTERNAL])('%s', async (collection) => {
    const statuses: string[] = []
    for (const id of BAD_IDS) {
      for (const [method, who] of [
        ['GET', 'anonymous'],
        ['GET', 'admin'],
        ['PATCH', 'admin'],
        ['DELETE', 'admin'],
      ] as [string, Who][]) {
        const { status } = await api(method, `/api/${collection}/${encodeURIComponent(id)}`, {
          as: who,
          body: method === 'PATCH' ? { title: 'x' } : undefined,
        })
        if (status < 400 || status >= 500) statuses.push(`${method} ${id} as ${who}: ${status}`)
      }
    }
    expect(statuses).toEqual([])
  })

  it('e-mail verification is off: /api/users/verify/… is 404', async () => {
    for (const token of ['abc', '123', 'x'.repeat(200)]) {
      expect((await api('POST', `/api/users/verify/${token}`)).status, token).toBe(404)
    }
  })
})

// CWE-200: the preview renders any collection Payload knows unless it is limited to content.
describe('draft preview renders content collections only', () => {
  it.each([...INTERNAL, 'users', 'media', 'service-events'])('%s is not previewable, even for an admin', async (collection) => {
    const response = await fetch(`${inject('cmsUrl')}/preview/${collection}/1`, {
      headers: { authorization: `JWT ${await login('admin')}` },
    })
    expect(response.status).toBe(404)
    expect(response.headers.get('location')).toBeNull()
  })

  it('a malformed id in the preview is a 404', async () => {
    const response = await fetch(`${inject('cmsUrl')}/preview/themes/abc`, { headers: { authorization: `JWT ${await login('admin')}` } })
    expect(response.status).toBe(404)
  })
})
