import { afterEach, describe, expect, it } from 'vitest'
import { cmsOrigins, secureCookies } from './paths'

describe('where the admin runs', () => {
  afterEach(() => {
    delete process.env.CMS_URL
  })
  it('sends the login cookie only over https, except on plain http on this machine', () => {
    expect(secureCookies()).toBe(false)
    process.env.CMS_URL = 'https://redactie.example.org'
    expect(secureCookies()).toBe(true)
    process.env.CMS_URL = 'http://redactie.example.org'
    expect(secureCookies()).toBe(true)
  })
  it('trusts the cookie from the admin origin and its 127.0.0.1 twin only', () => {
    process.env.CMS_URL = 'http://localhost:3100'
    expect(cmsOrigins()).toEqual(['http://localhost:3100', 'http://127.0.0.1:3100'])
    process.env.CMS_URL = 'https://redactie.example.org'
    expect(cmsOrigins()).toEqual(['https://redactie.example.org'])
  })
})
