/**
 * Facts a visitor acts on, checked against the organisations' and the government's own pages
 * (issue 9, section 2). Each test fails on the claim the reviewer found wrong; the sources are
 * in the organisations' review records (`professionals/organisations.ts`).
 */
import { describe, expect, it } from 'vitest'
import * as content from './index'

type Passage = { path: string; text: string }

/** Every string in the seed content, with where it stands. */
function passages(value: unknown, path = ''): Passage[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (Array.isArray(value)) return value.flatMap((v, i) => passages(v, `${path}[${i}]`))
  if (value && typeof value === 'object') {
    const slug = (value as { slug?: unknown }).slug
    const here = typeof slug === 'string' ? `${path}(${slug})` : path
    return Object.entries(value).flatMap(([k, v]) => passages(v, `${here}.${k}`))
  }
  return []
}

const all = passages(content)
/** Everything but the tools: their referral trees are rewritten in another part of issue 9. */
const pages = passages(Object.fromEntries(Object.entries(content).filter(([name]) => name !== 'tools')))
const sentences = (list: Passage[]) =>
  list.flatMap(({ path, text }) => text.split(/(?<=[.!?])(?<!\bart\.)\s+|\n+/).map((s) => ({ path, text: s })))
const lines = (list: Passage[]) => list.flatMap(({ path, text }) => text.split(/\n+/).map((s) => ({ path, text: s })))
const matching = (list: Passage[], pattern: RegExp) => sentences(list).filter((s) => pattern.test(s.text))
const show = (list: Passage[]) => list.map((s) => `${s.path}: ${s.text}`)

describe('Schadefonds Geweldsmisdrijven: apply up to ten years after the crime', () => {
  it('never says three years anywhere in the seed, tools included', () => {
    const wrong = all.filter(({ text }) => /schadefonds/i.test(text) && /(drie|3) jaar/i.test(text))
    expect(show(wrong)).toEqual([])
  })

  it('says ten years wherever the term is given', () => {
    const terms = matching(all, /jaar na het (misdrijf|overlijden)/)
    expect(terms.length).toBeGreaterThanOrEqual(5)
    for (const s of terms) expect(s.text, s.path).toMatch(/tien jaar/)
  })
})

describe('voegen als benadeelde partij: also at the hearing, until the requisitoir (art. 51g lid 3 Sv)', () => {
  it('never says the claim must be in before the hearing', () => {
    expect(show(matching(all, /voeging moet vóór de zitting|alleen vóór de zitting/i))).toEqual([])
  })

  it('explains the hearing deadline where the timing of voegen is explained', () => {
    const timing = lines(pages).filter((s) => /(voegen|voeg).{0,80}zitting|zitting.{0,80}(voegen|voeg)/i.test(s.text))
    expect(timing.length).toBeGreaterThanOrEqual(2)
    for (const s of timing) expect(s.text, s.path).toMatch(/officier van justitie zijn eis/)
  })
})

describe('Juridisch Loket: advice free, the line € 0,25 a minute, said the same way everywhere', () => {
  it('every mention of 0900-8020 says both', () => {
    // A contact's value is the bare number; its hours carry the costs (checked below).
    const mentions = all.filter(({ text }) => text.includes('0900-8020') && text !== '0900-8020')
    expect(mentions.length).toBeGreaterThanOrEqual(10)
    const phone = content.organisations.find((o) => o.slug === 'juridisch-loket')!.contacts.find((c) => c.value === '0900-8020')!
    expect(phone.hours).toMatch(/het advies is gratis, bellen kost € 0,25 per minuut/)
    for (const { path, text } of mentions) {
      for (const at of [...text.matchAll(/0900-8020/g)].map((m) => m.index!)) {
        const around = text.slice(at, at + 90)
        expect(around, path).toMatch(/gratis/)
        expect(around, path).toMatch(/€ 0,25 per minuut/)
      }
    }
  })

  it('does not say the advice is only for people with a low income', () => {
    expect(show(matching(all, /juridisch loket.{0,120}laag inkomen|laag inkomen.{0,120}juridisch loket/i))).toEqual([])
    const loket = content.organisations.find((o) => o.slug === 'juridisch-loket')!
    expect(loket.summary).not.toMatch(/laag inkomen/)
    expect(loket.summary).toMatch(/advies voor iedereen/)
  })
})

describe('woninginbraak: 112 when it has just happened; no promise of online aangifte', () => {
  const checklist = content.checklists.find((c) => c.slug === 'woninginbraak')!
  const text = passages(checklist)

  it('says 112 for a burglary that has just happened, not 0900-8844', () => {
    expect(show(matching(text, /inbreker (al|is) weg.{0,40}0900-8844/i))).toEqual([])
    expect(show(matching(text, /net gebeurd.{0,60}112/i))).toHaveLength(1)
  })

  it('does not promise online aangifte for woninginbraak', () => {
    for (const s of matching(text, /online/i)) expect(s.text, s.path).toMatch(/alleen voor de delicten die politie\.nl noemt/)
  })

  it('everywhere, online aangifte is only promised for what politie.nl lists', () => {
    for (const s of matching(pages, /aangifte.{0,60}online|online.{0,40}aangifte/i)) {
      expect(s.text, s.path).toMatch(/alleen voor|voor een aantal delicten|voor sommige|zoals internetoplichting/i)
    }
  })
})

describe('smaller points', () => {
  it('the Veilig Thuis chat has limited hours and is not meant for professionals', () => {
    const chat = content.organisations.find((o) => o.slug === 'veilig-thuis')!.contacts.find((c) => c.kind === 'chat')!
    expect(chat.hours).toMatch(/beperkte uren/i)
    expect(chat.label).toMatch(/niet voor professionals/)
  })

  it('Meld Misdaad Anoniem is said to be independent of the police wherever it is named', () => {
    const mentions = matching(pages, /meld misdaad anoniem/i)
    expect(mentions.length).toBeGreaterThanOrEqual(2)
    for (const s of mentions) expect(s.text, s.path).toMatch(/onafhankelijk/)
    const politie = content.organisations.find((o) => o.slug === 'politie')!
    const mma = politie.contacts.find((c) => c.value === '0800-7000')!
    expect(mma.label).toMatch(/geen onderdeel van de politie/)
  })

  it('a civil contact ban or straatverbod is asked for through a lawyer; the Juridisch Loket only advises', () => {
    expect(show(matching(pages, /juridisch loket.{0,80}(contact|straat)(-| )?(of straat)?verbod/i))).toEqual([])
    expect(show(matching(pages, /civiel contactverbod/i)).join('\n')).toMatch(/advocaat/)
  })

  it('an employer can claim only its direct damage in the criminal case (art. 51f Sv)', () => {
    const plan = content.stappenplannen.find((p) => p.slug === 'incident-op-de-werkvloer')!
    const text = passages(plan)
    expect(show(matching(text, /loondoorbetaling.{0,80}strafproces|strafproces.{0,80}loondoorbetaling/i))).toEqual([])
    expect(show(matching(text, /strafproces/)).join('\n')).toMatch(/rechtstreeks.*51f Sv/)
  })

  it('the Slachtofferloket is police, OM and Slachtofferhulp, with regional numbers; the Schadefonds is not part of it', () => {
    // What follows the name, up to the end of the paragraph: who works there, and how to reach it.
    const about = pages.flatMap(({ path, text }) =>
      [...text.matchAll(/Slachtofferloket[^\n]{0,260}/g)].map((m) => ({ path, text: m[0] })).filter((s) => /samen/.test(s.text)),
    )
    expect(about.length).toBeGreaterThanOrEqual(2)
    for (const s of about) {
      expect(s.text, s.path).not.toMatch(/schadefonds/i)
      expect(s.text, s.path).toMatch(/politie, Openbaar Ministerie en Slachtofferhulp Nederland/)
    }
    expect(show(matching(pages, /slachtofferloket.{0,60}0900-0101/i))).toEqual([])
    expect(show(matching(pages, /slachtofferloket\.nl/)).length).toBeGreaterThanOrEqual(2)
  })

  it('where the art. 12 complaint is explained, the three-month term is given', () => {
    const complaints = matching(pages, /(klacht|beklag).{0,80}gerechtshof/i)
    expect(complaints.length).toBeGreaterThanOrEqual(3)
    for (const s of complaints) {
      const next = sentences(pages).find((n) => n.path === s.path && n.text !== s.text && /drie maanden/.test(n.text))
      expect(/drie maanden/.test(s.text) || Boolean(next), `${s.path}: ${s.text}`).toBe(true)
    }
  })
})
