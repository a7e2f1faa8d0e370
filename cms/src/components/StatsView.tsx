/**
 * Admin view "Statistiek" (/admin/statistiek), for marketers and admins: for a chosen site and
 * period, reach, services and conversion per channel, services per kind and subject, and the
 * whitepaper's table per platform per year; each as a table and a bar chart, with CSV export.
 * A server component: figures are read on the server after the role check (Payload does not
 * guard custom views itself).
 */
import type { AdminViewServerProps } from 'payload'
import { redirect } from 'next/navigation'
import { buildReport, dayOf, perYear } from '@vsp/analytics'
import { CHANNEL_LABELS, SITE_LABELS, SITE_NAMES, STAT_EVENT_KIND_LABELS } from '@vsp/content-models'
import { hasRole } from '../access/roles'
import { STATS_PATH } from '../stats/admin-path'
import { reportQuery, STATS_ROLES } from '../stats/report-query'
import { loadAggregates } from '../stats/rollup'
import { AdminViewFrame } from './AdminViewFrame'
import { BarChart } from './stats/BarChart'

const percent = (value: number) => `${(value * 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`
const number = (value: number) => value.toLocaleString('nl-NL')
const cell = { textAlign: 'right', paddingInline: '0.75rem' } as const
const head = { textAlign: 'left', paddingInline: '0.75rem' } as const

function defaultPeriod(searchParams: Record<string, unknown> = {}) {
  const today = Date.now()
  const given = Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]))
  const parsed = reportQuery.safeParse({ site: 'helpers', from: dayOf(today - 29 * 86_400_000), to: dayOf(today), ...given })
  if (parsed.success) return { query: parsed.data, error: undefined }
  return {
    query: reportQuery.parse({ site: 'helpers', from: dayOf(today - 29 * 86_400_000), to: dayOf(today) }),
    error: 'Die periode kon niet worden gelezen; hieronder de laatste 30 dagen.',
  }
}

export async function StatsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  if (!hasRole(req.user, ...STATS_ROLES)) redirect(`/admin/login?redirect=${encodeURIComponent(`/admin${STATS_PATH}`)}`)
  const { query, error } = defaultPeriod(searchParams as Record<string, unknown>)
  const report = buildReport(await loadAggregates(req.payload, query.from, query.to), query)
  const years = perYear(await loadAggregates(req.payload, '0000-01-01', '9999-12-31'))
  const qs = new URLSearchParams({ site: query.site, from: query.from, to: query.to })
  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>Statistiek</h1>
      <form method="get" style={{ display: 'flex', gap: '1rem', alignItems: 'end', flexWrap: 'wrap' }}>
        <label>
          Site
          <br />
          <select name="site" defaultValue={query.site}>
            {SITE_NAMES.map((site) => (
              <option key={site} value={site}>
                {SITE_LABELS[site]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Van
          <br />
          <input type="date" name="from" defaultValue={query.from} />
        </label>
        <label>
          Tot en met
          <br />
          <input type="date" name="to" defaultValue={query.to} />
        </label>
        <button type="submit">Toon</button>
      </form>
      {error && <p role="alert">{error}</p>}
      <p>
        Bezoekers zijn uniek per dag en per site, geteld zonder cookies. Over een langere periode opgeteld tellen ze bezoeken per dag, geen
        personen. Conversie is diensten gedeeld door bezoekers. De totalen worden elke tien minuten bijgewerkt.
      </p>
      <p data-stats-totals>
        {SITE_LABELS[query.site]}, {query.from} tot en met {query.to}: {number(report.totals.visitors)} bezoekers,{' '}
        {number(report.totals.pageViews)} paginaweergaven, {number(report.totals.services)} diensten, conversie{' '}
        {percent(report.totals.conversion)}.
      </p>
      {report.totals.bursts > 0 && (
        <p data-stats-bursts={report.totals.bursts}>
          <strong>Let op:</strong> {number(report.totals.bursts)} gebeurtenissen kwamen te snel achter elkaar om van mensen te zijn. Ze zijn
          niet meegeteld.
        </p>
      )}
      <p>
        <a href={`/api/stats/report?${qs}&format=csv`}>Download als CSV</a> · <a href={`/api/stats/report?${qs}`}>als JSON</a>
      </p>

      <h2>Per kanaal</h2>
      <table data-stats-channels style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={head}>Kanaal</th>
            <th style={cell}>Bezoekers</th>
            <th style={cell}>Aandeel bezoeken</th>
            <th style={cell}>Diensten</th>
            <th style={cell}>Aandeel diensten</th>
            <th style={cell}>Conversie</th>
          </tr>
        </thead>
        <tbody>
          {report.channels.map((c) => (
            <tr key={c.channel} data-channel={c.channel}>
              <td style={head}>{CHANNEL_LABELS[c.channel]}</td>
              <td style={cell}>{number(c.visitors)}</td>
              <td style={cell}>{percent(c.shareOfVisits)}</td>
              <td style={cell}>{number(c.services)}</td>
              <td style={cell}>{percent(c.shareOfServices)}</td>
              <td style={cell}>{percent(c.conversion)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <BarChart
        title="Bezoekers per kanaal"
        rows={report.channels.map((c) => ({ label: CHANNEL_LABELS[c.channel], value: c.visitors }))}
        format={number}
      />
      <BarChart
        title="Conversie per kanaal"
        rows={report.channels.map((c) => ({ label: CHANNEL_LABELS[c.channel], value: c.conversion }))}
        format={percent}
      />

      <h2>Diensten per soort en onderwerp</h2>
      {report.services.length === 0 ? (
        <p>In deze periode zijn geen diensten geteld.</p>
      ) : (
        <>
          <table data-stats-services style={{ borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th style={head}>Soort</th>
                <th style={head}>Onderwerp</th>
                <th style={cell}>Aantal</th>
              </tr>
            </thead>
            <tbody>
              {report.services.map((s) => (
                <tr key={`${s.kind}/${s.subject}`}>
                  <td style={head}>{STAT_EVENT_KIND_LABELS[s.kind]}</td>
                  <td style={head}>{s.subject}</td>
                  <td style={cell}>{number(s.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <BarChart
            title="Diensten per onderwerp"
            rows={report.services.slice(0, 15).map((s) => ({ label: s.subject, value: s.count }))}
            format={number}
          />
        </>
      )}

      <h2>Per platform per jaar</h2>
      <table data-stats-years style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={head}>Jaar</th>
            <th style={head}>Platform</th>
            <th style={cell}>Bereik (bezoekers)</th>
            <th style={cell}>Diensten</th>
            <th style={cell}>Conversie</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={`${y.year}/${y.site}`}>
              <td style={head}>{y.year}</td>
              <td style={head}>{SITE_LABELS[y.site]}</td>
              <td style={cell}>{number(y.visitors)}</td>
              <td style={cell}>{number(y.services)}</td>
              <td style={cell}>{percent(y.conversion)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href="/api/stats/years?format=csv">Download per jaar als CSV</a>
      </p>
    </AdminViewFrame>
  )
}
