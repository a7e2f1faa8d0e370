import { describe, expect, inject, it } from 'vitest'
import { login } from './support/api'

describe('the admin asks no third party', () => {
  // Payload's default avatar is a gravatar.com picture: it would send a hash of the editor's
  // e-mail address to another company on every page.
  it.each(['/admin', '/admin/collections/checklists', '/admin/globals/site-settings'])(
    '%s loads nothing from another origin',
    async (page) => {
      const token = await login('editor')
      const response = await fetch(`${inject('cmsUrl')}${page}`, {
        headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' },
      })
      expect(response.status).toBe(200)
      const html = await response.text()
      expect(html).toContain('Dashboard') // the signed-in admin, not the login page
      const external = [...html.matchAll(/\b(?:src|srcset|srcSet)=\\?"(https?:\/\/[^"\\]+)/g)].map((match) => match[1])
      expect(external.filter((url) => !url.startsWith(inject('cmsUrl')))).toEqual([])
    },
  )
})
