/**
 * Admin view "Nieuwsbrief" (/admin/nieuwsbrief): pending, confirmed and unsubscribed per audience
 * and per landing page, the CSV exports, and for admins the erasure by address. A server
 * component; Payload does not guard custom views, so the role is checked here.
 */
import type { AdminViewServerProps } from 'payload'
import { AdminViewFrame } from './AdminViewFrame'
import { redirect } from 'next/navigation'
import { NEWSLETTER_STATUS_LABELS, NEWSLETTER_STATUSES, SITE_LABELS } from '@vsp/content-models'
import { mayErase, mayReadSubscribers } from '../access/newsletter-access'
import { NEWSLETTER_VIEW_PATH } from '../newsletter/admin-path'
import type { StatusCounts } from '../newsletter/counts'
import { loadNewsletterCounts } from '../newsletter/load'
import { NewsletterEraseForm } from './NewsletterEraseForm'

const cell = { textAlign: 'left', paddingInlineEnd: '1.5rem' } as const

function CountCells({ counts }: { counts: StatusCounts }) {
  return NEWSLETTER_STATUSES.map((status) => (
    <td key={status} data-status={status} style={cell}>
      {counts[status]}
    </td>
  ))
}

const StatusHeads = () =>
  NEWSLETTER_STATUSES.map((status) => (
    <th key={status} style={cell}>
      {NEWSLETTER_STATUS_LABELS[status]}
    </th>
  ))

export async function NewsletterView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  if (!req.user) redirect(`/admin/login?redirect=${encodeURIComponent(`/admin${NEWSLETTER_VIEW_PATH}`)}`)
  const allowed = mayReadSubscribers(req.user)
  const counts = allowed ? await loadNewsletterCounts(req.payload) : undefined
  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>Nieuwsbrief</h1>
      {!counts ? (
        <p data-newsletter-refused>Alleen voor marketeers en beheerders.</p>
      ) : (
        <>
          <p>Alleen bevestigde aanmeldingen tellen mee en komen in de export.</p>
          <h2>Per nieuwsbrief</h2>
          <table style={{ borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th style={cell}>Nieuwsbrief</th>
                <StatusHeads />
                <th style={cell}>Export</th>
              </tr>
            </thead>
            <tbody>
              {counts.audiences.map(({ audience, counts: c }) => (
                <tr key={audience} data-audience={audience}>
                  <td style={cell}>{SITE_LABELS[audience]}</td>
                  <CountCells counts={c} />
                  <td style={cell}>
                    <a href={`/api/newsletter/export?audience=${audience}`}>CSV (bevestigd)</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>Per pagina</h2>
          <table style={{ borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th style={cell}>Pagina</th>
                <th style={cell}>Nieuwsbrief</th>
                <StatusHeads />
              </tr>
            </thead>
            <tbody>
              {counts.pages.map(({ audience, page, counts: c }) => (
                <tr key={`${audience}/${page}`} data-page={page} data-page-audience={audience}>
                  <td style={cell}>{page || '(geen pagina)'}</td>
                  <td style={cell}>{SITE_LABELS[audience]}</td>
                  <CountCells counts={c} />
                </tr>
              ))}
            </tbody>
          </table>
          {mayErase(req.user) && (
            <section style={{ marginBlock: '2rem' }}>
              <h2>Adres wissen</h2>
              <p>
                Wist de aanmeldingen en links van één persoon op beide nieuwsbrieven. Er blijft alleen een vastlegging over dát er gewist
                is, met een sleutelhash van het adres.
              </p>
              <NewsletterEraseForm />
            </section>
          )}
        </>
      )}
    </AdminViewFrame>
  )
}
