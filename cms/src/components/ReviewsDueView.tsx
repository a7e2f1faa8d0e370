/**
 * Admin view "Te controleren" (/admin/te-controleren): per owner, the content that is past its
 * review date or was never checked, each linked to its edit page. A server component: the list
 * is read with the signed-in user's own access, and visitors without a staff role are sent to
 * the login page (Payload does not guard custom views itself).
 */
import type { AdminViewServerProps } from 'payload'
import { AdminViewFrame } from './AdminViewFrame'
import { redirect } from 'next/navigation'
import { formatDutchDate, SITE_LABELS, type Site } from '@vsp/content-models'
import { hasRole } from '../access/roles'
import { REVIEWS_DUE_PATH } from '../review/admin-path'
import { loadReviewsDue } from '../review/load-reviews-due'

export async function ReviewsDueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  if (!hasRole(req.user, 'admin', 'editor', 'marketer'))
    redirect(`/admin/login?redirect=${encodeURIComponent(`/admin${REVIEWS_DUE_PATH}`)}`)
  const owners = await loadReviewsDue(req.payload, req.user)
  const label = (slug: string) => {
    const labels = req.payload.config.collections.find((c) => c.slug === slug)?.labels
    return typeof labels?.singular === 'string' ? labels.singular : slug
  }
  const total = owners.reduce((n, o) => n + o.documents.length, 0)
  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>Te controleren</h1>
      <p data-reviews-due-total={total}>
        {total === 0
          ? 'Alles is op tijd gecontroleerd.'
          : `${total} ${total === 1 ? 'document is' : 'documenten zijn'} over de controledatum of nog nooit gecontroleerd. \
Open een document, controleer de feiten bij de bronnen en vul in het blok "Controle" de nieuwe datum in.`}
      </p>
      {owners.map((group) => (
        <section key={group.owner} data-owner={group.owner} style={{ marginBlock: '2rem' }}>
          <h2>
            {group.owner} ({group.documents.length})
          </h2>
          <table style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th style={{ textAlign: 'left' }}>Document</th>
                <th style={{ textAlign: 'left' }}>Soort</th>
                <th style={{ textAlign: 'left' }}>Site</th>
                <th style={{ textAlign: 'left' }}>Controle</th>
              </tr>
            </thead>
            <tbody>
              {group.documents.map((doc) => (
                <tr key={`${doc.collection}-${doc.id}`} data-document={`${doc.collection}/${doc.id}`}>
                  <td>
                    <a href={`/admin/collections/${doc.collection}/${doc.id}`}>{doc.title}</a>
                  </td>
                  <td>{label(doc.collection)}</td>
                  <td>{doc.site ? (SITE_LABELS[doc.site as Site] ?? doc.site) : ''}</td>
                  <td>
                    {doc.reason === 'never' ? 'Nog nooit gecontroleerd' : `Had gecontroleerd moeten zijn op ${formatDutchDate(doc.dueOn!)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </AdminViewFrame>
  )
}
