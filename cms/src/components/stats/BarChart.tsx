/** A horizontal bar chart in plain SVG: one bar per row, the figure at its end. */
export function BarChart({
  title,
  rows,
  format = String,
}: {
  title: string
  rows: { label: string; value: number }[]
  format?: (v: number) => string
}) {
  const max = Math.max(1, ...rows.map((r) => r.value))
  const rowHeight = 26
  const labelWidth = 190
  const barWidth = 360
  return (
    <svg
      role="img"
      aria-label={title}
      width={labelWidth + barWidth + 80}
      height={rows.length * rowHeight + 8}
      viewBox={`0 0 ${labelWidth + barWidth + 80} ${rows.length * rowHeight + 8}`}
      style={{ maxWidth: '100%', height: 'auto', display: 'block', marginBlock: '1rem' }}
    >
      <title>{title}</title>
      {rows.map((row, i) => {
        const y = i * rowHeight + 4
        const width = Math.round((row.value / max) * barWidth)
        return (
          <g key={row.label}>
            <text x={labelWidth - 8} y={y + 15} textAnchor="end" fontSize="13" fill="currentColor">
              {row.label}
            </text>
            <rect x={labelWidth} y={y + 2} width={width} height={rowHeight - 8} fill="#2f6f9f" />
            <text x={labelWidth + width + 6} y={y + 15} fontSize="13" fill="currentColor">
              {format(row.value)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
