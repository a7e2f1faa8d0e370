import { mayReadSubscribers } from '../access/newsletter-access'
import { NEWSLETTER_VIEW_PATH } from '../newsletter/admin-path'

/** The link to the admin view "Nieuwsbrief", for marketers and admins only. */
export function NewsletterLink({ user }: { user?: Parameters<typeof mayReadSubscribers>[0] }) {
  if (!mayReadSubscribers(user)) return null
  return (
    <a href={`/admin${NEWSLETTER_VIEW_PATH}`} style={{ display: 'block', marginBlock: '1rem' }}>
      Nieuwsbrief
    </a>
  )
}
