import { helperTipInput } from '@vsp/content-models'
import { describe, expect, it, vi } from 'vitest'
import { issuesByField, submitTip, tipBody, type TipValues } from './tip-submission'

const values: TipValues = { title: 'Samen wandelen', body: 'Ik ging elke avond met mijn buurvrouw wandelen.', signature: '', website: '' }
const reply = (status: number, json: unknown) => vi.fn().mockResolvedValue(new Response(JSON.stringify(json), { status }))

describe('tipBody', () => {
  it('is accepted by the strict API schema, without an empty signature', () => {
    expect(tipBody(values)).toEqual({ title: values.title, body: values.body, website: '' })
    expect(helperTipInput.safeParse(tipBody(values)).success).toBe(true)
    expect(helperTipInput.safeParse(tipBody({ ...values, signature: 'zus van een slachtoffer' })).success).toBe(true)
  })
})

describe('issuesByField', () => {
  it('puts each message beside its field and keeps the rest apart', () => {
    expect(
      issuesByField([
        { path: 'body', message: 'Te kort.' },
        { path: 'body', message: 'Tweede.' },
        { path: 'title', message: 'Geef een titel.' },
        { path: '(bericht)', message: 'Onbekend veld: x' },
        'rommel',
      ]),
    ).toEqual({ fields: { body: 'Te kort.', title: 'Geef een titel.' }, other: ['Onbekend veld: x'] })
  })
})

describe('submitTip', () => {
  it('posts JSON to /tips and returns the API message on 201', async () => {
    const fetcher = reply(201, { message: 'Dank u wel.' })
    expect(await submitTip('https://cms.example/api/island', values, fetcher)).toEqual({ kind: 'sent', message: 'Dank u wel.' })
    const [url, init] = fetcher.mock.calls[0] as [string, RequestInit]
    expect(url).toBe('https://cms.example/api/island/tips')
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit' })
  })

  it('returns the field errors of a 422', async () => {
    const outcome = await submitTip(
      'x',
      values,
      reply(422, {
        error: 'Uw tip kon niet worden opgeslagen.',
        issues: [{ path: 'body', message: 'Schrijf minstens een paar zinnen (20 tekens).' }],
      }),
    )
    expect(outcome).toEqual({
      kind: 'invalid',
      message: 'Uw tip kon niet worden opgeslagen.',
      fields: { body: 'Schrijf minstens een paar zinnen (20 tekens).' },
      other: [],
    })
  })

  it('says the API is unreachable on a network error or a server error', async () => {
    expect((await submitTip('x', values, vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))).kind).toBe('unreachable')
    expect((await submitTip('x', values, reply(500, { error: 'stuk' }))).kind).toBe('unreachable')
  })

  it("passes on the API's own words when too many tips arrive at once", async () => {
    expect(await submitTip('x', values, reply(429, { error: 'Probeer het over een uur opnieuw.' }))).toEqual({
      kind: 'unreachable',
      message: 'Probeer het over een uur opnieuw.',
    })
  })
})
