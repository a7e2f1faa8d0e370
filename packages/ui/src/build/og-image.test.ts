import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { OG_COLOURS, renderOgImage, titleLines } from './og-image'

describe('titleLines', () => {
  it('wraps at word boundaries', () => {
    expect(titleLines('Zes keer per jaar nieuws voor professionals over slachtoffers', 20)).toEqual([
      'Zes keer per jaar',
      'nieuws voor',
      'professionals over',
      'slachtoffers',
    ])
  })
  it('ends a title that does not fit with an ellipsis, and cuts a word longer than a line', () => {
    const lines = titleLines('een twee drie vier vijf zes zeven acht negen tien', 9, 3)
    expect(lines).toHaveLength(3)
    expect(lines[2]).toMatch(/…$/)
    expect(titleLines('Slachtofferhulpverleningsorganisatie', 10)).toEqual(['Slachtoff…'])
  })
})

describe('renderOgImage', () => {
  let tmp = ''
  afterAll(() => (tmp ? rm(tmp, { recursive: true, force: true }) : undefined))

  it('makes a 1200 × 630 JPEG in the site colour from the title alone', async () => {
    const image = await renderOgImage({ title: 'Blijf op de hoogte', siteName: 'Platform voor Professionals', site: 'professionals' })
    const meta = await sharp(image).metadata()
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630])
    // The top left corner is the site colour (#0b2a4a), give or take JPEG's rounding.
    const { data } = await sharp(image).extract({ left: 0, top: 0, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
    const [r, g, b] = OG_COLOURS.professionals.match(/\w\w/g)!.map((h) => parseInt(h, 16))
    expect(Math.abs(data[0] - r) + Math.abs(data[1] - g) + Math.abs(data[2] - b)).toBeLessThan(24)
  })

  it('fills the frame with the opening image and keeps it visible above the title band', async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'vsp-og-'))
    const source = path.join(tmp, 'hero.png')
    await writeFile(
      source,
      await sharp({ create: { width: 800, height: 800, channels: 3, background: '#00ff00' } })
        .png()
        .toBuffer(),
    )
    const image = await renderOgImage({ title: 'Iemand steunen', siteName: 'Voor de Helpers', site: 'helpers', image: source })
    expect((await sharp(image).metadata()).width).toBe(1200)
    const { data } = await sharp(image).extract({ left: 10, top: 10, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true })
    expect(data[1]).toBeGreaterThan(200)
    expect(data[0]).toBeLessThan(60)
  })
})
