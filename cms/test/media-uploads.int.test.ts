/**
 * Uploaded images over real HTTP: the stored original is re-encoded without EXIF (CWE-359,
 * GPS location in photos), image bombs are refused with a Dutch message (CWE-400), and
 * visitors cannot list or fetch uploads (CWE-200).
 */
import { crc32, deflateSync } from 'node:zlib'
import sharp from 'sharp'
import { describe, expect, inject, it } from 'vitest'
import { api, login } from './support/api'
import { expectNoExif, MARKER, photoWithGps, uploadImage } from './support/media'

/** A 1-bit PNG of 16,000 × 16,000 pixels: about 30 KB on disk, 256 megapixels once decoded. */
function imageBomb(): Buffer {
  const size = 16_000
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc32(body), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([1, 0, 0, 0, 0], 8) // bit depth 1, greyscale
  const rows = Buffer.alloc(size * (1 + size / 8)) // every row: filter byte 0, then zeros
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

describe('uploaded images', () => {
  it('keeps no EXIF (GPS) in the stored original (CWE-359)', async () => {
    const photo = await photoWithGps()
    expect((await sharp(photo).metadata()).exif?.includes(MARKER)).toBe(true) // the test photo does carry it
    const { status, json } = await uploadImage(inject('cmsUrl'), photo, 'image/jpeg', `straat-${Date.now()}.jpg`)
    expect(status, JSON.stringify(json)).toBe(201)
    const served = await fetch(`${inject('cmsUrl')}${json.doc.url}`, { headers: { authorization: `JWT ${await login('editor')}` } })
    expect(served.status).toBe(200)
    const bytes = Buffer.from(await served.arrayBuffer())
    await expectNoExif(bytes)
    expect(json.doc.width).toBe(64)
  })

  it('refuses an image bomb with a Dutch message (CWE-400)', async () => {
    const bomb = imageBomb()
    expect(bomb.length).toBeLessThan(100_000)
    const { status, json } = await uploadImage(inject('cmsUrl'), bomb, 'image/png', 'bom.png')
    expect(status).toBe(413)
    expect(json.errors[0].message).toMatch(/16\.000 × 16\.000 pixels .*het maximum is 40 megapixel/)
  })

  it('lets visitors neither list uploads nor fetch an original (CWE-200)', async () => {
    const { json } = await uploadImage(inject('cmsUrl'), await photoWithGps(), 'image/jpeg', `ongebruikt-${Date.now()}.jpg`)
    expect((await api('GET', '/api/media')).status).toBe(403)
    expect((await api('GET', `/api/media/${json.doc.id}`)).status).toBe(403)
    const file = await fetch(`${inject('cmsUrl')}${json.doc.url}`)
    expect([403, 404]).toContain(file.status)
    expect((await api('GET', '/api/media', { as: 'marketer' })).json.totalDocs).toBeGreaterThan(0)
  })
})
