import { describe, expect, it } from 'vitest'
import { icoFromPngs } from './ico'

describe('icoFromPngs', () => {
  it('writes an icon directory that points at each PNG', () => {
    const a = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2])
    const b = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 3])
    const ico = icoFromPngs([
      { size: 16, png: a },
      { size: 32, png: b },
    ])
    expect(ico.readUInt16LE(2)).toBe(1)
    expect(ico.readUInt16LE(4)).toBe(2)
    expect(ico.readUInt8(6)).toBe(16)
    expect(ico.readUInt8(22)).toBe(32)
    const first = ico.readUInt32LE(6 + 12)
    const second = ico.readUInt32LE(22 + 12)
    expect(first).toBe(6 + 32)
    expect([...ico.subarray(first, first + a.length)]).toEqual([...a])
    expect([...ico.subarray(second, second + b.length)]).toEqual([...b])
    expect(ico.length).toBe(first + a.length + b.length)
  })
})
