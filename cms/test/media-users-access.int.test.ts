/**
 * Writes to media and user accounts, per role, over real HTTP. CWE-285 (improper authorization):
 * a default or a wrong access function shows up here as a status, not as a config detail.
 */
import { describe, expect, inject, it } from 'vitest'
import { api, login, type Who } from './support/api'

const everyone: Who[] = ['anonymous', 'marketer', 'editor', 'admin']
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

async function upload(who: Who, alt: string) {
  const form = new FormData()
  form.append('_payload', JSON.stringify({ alt }))
  form.append('file', new Blob([PIXEL], { type: 'image/png' }), `pixel-${Date.now()}.png`)
  const headers: Record<string, string> = who === 'anonymous' ? {} : { authorization: `JWT ${await login(who)}` }
  const response = await fetch(`${inject('cmsUrl')}/api/media`, { method: 'POST', headers, body: form })
  return { status: response.status, json: await response.json().catch(() => null) }
}

const altOf = async (id: number) => (await api('GET', `/api/media/${id}`, { as: 'admin' })).json.alt as string

describe('media: staff upload, change and delete images; visitors cannot read them', () => {
  it.each(everyone)('upload as %s', async (who) => {
    const response = await upload(who, `Upload door ${who}`)
    expect(response.status, JSON.stringify(response.json)).toBe(who === 'anonymous' ? 403 : 201)
  })

  it.each(everyone)('change and delete as %s', async (who) => {
    const created = await upload('admin', 'Een afbeelding om te wijzigen')
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const allowed = who !== 'anonymous'
    const update = await api('PATCH', `/api/media/${id}`, { as: who, body: { alt: `Gewijzigd door ${who}` } })
    expect(update.status).toBe(allowed ? 200 : 403)
    expect(await altOf(id)).toBe(allowed ? `Gewijzigd door ${who}` : 'Een afbeelding om te wijzigen')
    const remove = await api('DELETE', `/api/media/${id}`, { as: who })
    expect(remove.status).toBe(allowed ? 200 : 403)
    expect((await api('GET', `/api/media/${id}`, { as: 'admin' })).status).toBe(allowed ? 404 : 200)
    expect((await api('GET', `/api/media/${id}`)).status).toBe(403) // media is staff-only, deleted or not
  })
})

describe('users: only admins change or delete another account', () => {
  const account = async () => {
    const email = `account-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`
    const created = await api('POST', '/api/users', {
      as: 'admin',
      body: { email, name: 'Iemand', role: 'editor', password: 'een-lang-wachtwoord' },
    })
    expect(created.status).toBe(201)
    return created.json.doc.id as number
  }
  const userById = async (id: number) => api('GET', `/api/users/${id}`, { as: 'admin' })

  it.each(everyone)("change another account's name as %s", async (who) => {
    const id = await account()
    const update = await api('PATCH', `/api/users/${id}`, { as: who, body: { name: `Gewijzigd door ${who}` } })
    if (who === 'admin') expect(update.status).toBe(200)
    else expect([403, 404]).toContain(update.status) // an account they may not see does not exist for them
    expect((await userById(id)).json.name).toBe(who === 'admin' ? 'Gewijzigd door admin' : 'Iemand')
  })

  it.each(everyone)('delete another account as %s', async (who) => {
    const id = await account()
    const remove = await api('DELETE', `/api/users/${id}`, { as: who })
    if (who === 'admin') expect(remove.status).toBe(200)
    else expect([403, 404]).toContain(remove.status)
    expect((await userById(id)).status).toBe(who === 'admin' ? 404 : 200)
  })

  it.each(['marketer', 'editor'] as const)('a %s changes their own name, not their role, and cannot delete themself', async (who) => {
    const me = (await api('GET', '/api/users/me', { as: who })).json.user
    const update = await api('PATCH', `/api/users/${me.id}`, { as: who, body: { name: me.name } })
    expect(update.status).toBe(200)
    expect((await api('DELETE', `/api/users/${me.id}`, { as: who })).status).toBe(403)
    expect((await userById(me.id)).status).toBe(200)
  })
})
