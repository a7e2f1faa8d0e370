import sharp from 'sharp'
import { expect } from 'vitest'
import { login } from './api'

export const MARKER = 'GEHEIM-ADRES-9999'

/** A photo as a phone makes it: GPS position and a camera field in its EXIF. */
export async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#886644' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Telefoon', Copyright: MARKER },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 22/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 53/1 0/1' },
    })
    .toBuffer()
}

/** Uploads a file to `media` over REST as an editor, at the CMS `baseUrl`. */
export async function uploadImage(baseUrl: string, file: Buffer, type: string, name: string) {
  const form = new FormData()
  form.append('_payload', JSON.stringify({ alt: 'Een foto van een straat' }))
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  const response = await fetch(`${baseUrl}/api/media`, {
    method: 'POST',
    headers: { authorization: `JWT ${await login('editor')}` },
    body: form,
  })
  return { status: response.status, json: await response.json() }
}

/** The bytes are an image that keeps nothing of the photo's EXIF: no GPS, no camera, no marker. */
export async function expectNoExif(bytes: Buffer): Promise<void> {
  expect((await sharp(bytes).metadata()).exif).toBeUndefined()
  expect(bytes.includes(MARKER)).toBe(false)
  expect(bytes.includes('Telefoon')).toBe(false)
}
