import { describe, expect, it } from 'vitest'
import { imageVariants, responsiveImage } from './image-variants'

const media = {
  id: 7,
  alt: 'Foto',
  filename: 'Mijn Foto.PNG',
  width: 2000,
  height: 1000,
  sizes: { thumbnail: { width: 400, height: 200 }, card: { width: 800, height: 400 }, big: { width: 3000 } },
}

describe('image variants', () => {
  it('serves the CMS sizes and the capped original as webp', () => {
    const variants = imageVariants(media)
    expect(variants.map((v) => v.file)).toEqual(['mijn-foto-7-400.webp', 'mijn-foto-7-800.webp', 'mijn-foto-7-1600.webp'])
    expect(variants[2].height).toBe(800)
  })
  it('builds srcset, size and alt', () => {
    const image = responsiveImage(media, imageVariants(media))!
    expect(image.srcset).toBe('/img/mijn-foto-7-400.webp 400w, /img/mijn-foto-7-800.webp 800w, /img/mijn-foto-7-1600.webp 1600w')
    expect([image.width, image.height, image.alt]).toEqual([1600, 800, 'Foto'])
  })
  it('has nothing to serve without a file or dimensions', () => {
    expect(imageVariants({ id: 1, alt: 'x' })).toEqual([])
    expect(responsiveImage({ id: 1, alt: 'x' }, [])).toBeUndefined()
  })
})
