'use client'
/**
 * The drawn tree at a readable size: zoom in and out, fit, full screen, and pan by dragging
 * (or with the scroll bars). A click on a step, or Enter on it, opens its block in the form.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { fitZoom, stepIndexOfNode, stepZoom } from './diagram-node'

interface Props {
  svg: string
  onOpenStep: (index: number) => void
}

export function DiagramView({ svg, onOpenStep }: Props) {
  const box = useRef<HTMLDivElement>(null)
  const [zoom, setZoom] = useState<number | 'fit'>(1)
  const [fullScreen, setFullScreen] = useState(false)
  const [shown, setShown] = useState(1)
  const drag = useRef<{ x: number; y: number; left: number; top: number; moved: boolean } | null>(null)

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the rendered SVG changes, on purpose
  useLayoutEffect(() => {
    const element = box.current?.querySelector('svg')
    if (!box.current || !element) return
    const { width, height } = element.viewBox.baseVal
    const scale = zoom === 'fit' ? fitZoom(width, box.current.clientWidth - 32) : zoom
    element.removeAttribute('width')
    element.style.maxWidth = 'none'
    element.style.width = `${Math.round(width * scale)}px`
    element.style.height = `${Math.round(height * scale)}px`
    setShown(scale)
  }, [svg, zoom, fullScreen])

  // Steps are buttons: reachable by keyboard, named by their text.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the rendered SVG changes, on purpose
  useEffect(() => {
    for (const node of box.current?.querySelectorAll<SVGGElement>('g.node') ?? []) {
      if (stepIndexOfNode(node.id) === undefined) continue
      node.setAttribute('tabindex', '0')
      node.setAttribute('role', 'button')
      node.setAttribute('aria-label', `Open stap: ${node.textContent?.trim() ?? ''}`)
      node.style.cursor = 'pointer'
    }
  }, [svg])

  const stepAt = (target: EventTarget | null) => {
    const node = target instanceof Element ? target.closest('g.node') : null
    return stepIndexOfNode(node?.id)
  }
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (!box.current || event.button !== 0) return
    drag.current = { x: event.clientX, y: event.clientY, left: box.current.scrollLeft, top: box.current.scrollTop, moved: false }
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current
    if (!start || !box.current) return
    const dx = event.clientX - start.x
    const dy = event.clientY - start.y
    if (!start.moved && Math.hypot(dx, dy) < 4) return
    start.moved = true
    box.current.scrollLeft = start.left - dx
    box.current.scrollTop = start.top - dy
  }
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current
    drag.current = null
    if (start?.moved) return
    const step = stepAt(event.target)
    if (step !== undefined) {
      if (fullScreen) setFullScreen(false)
      onOpenStep(step)
    }
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    const step = stepAt(event.target)
    if (step === undefined) return
    event.preventDefault()
    if (fullScreen) setFullScreen(false)
    onOpenStep(step)
  }

  const current = zoom === 'fit' ? shown : zoom
  const frame = fullScreen
    ? {
        position: 'fixed' as const,
        inset: 0,
        zIndex: 1000,
        background: 'var(--theme-elevation-0, #fff)',
        padding: '1rem',
        display: 'flex',
        flexDirection: 'column' as const,
      }
    : {}
  return (
    <div style={frame} data-diagram-frame>
      <div
        role="toolbar"
        aria-label="Beeld van de beslisboom"
        style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap', margin: '0.5rem 0' }}
      >
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => setZoom(stepZoom(current, -1))}
          aria-label="Verkleinen"
        >
          −
        </button>
        <span aria-live="polite" data-zoom>
          {Math.round(current * 100)}%
        </span>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => setZoom(stepZoom(current, 1))}
          aria-label="Vergroten"
        >
          +
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setZoom('fit')}>
          Passend
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setZoom(1)}>
          Ware grootte
        </button>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => setFullScreen(!fullScreen)}
          aria-pressed={fullScreen}
        >
          {fullScreen ? 'Terug naar het formulier' : 'Volledig scherm'}
        </button>
        <span style={{ opacity: 0.75 }}>Sleep om te verschuiven; klik op een stap om haar te openen.</span>
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: pointer panning only; the steps inside are buttons and zoom has buttons */}
      <div
        ref={box}
        data-diagram
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerLeave={() => (drag.current = null)}
        onKeyDown={onKeyDown}
        style={{
          overflow: 'auto',
          maxHeight: fullScreen ? 'none' : '70vh',
          flex: fullScreen ? '1 1 auto' : undefined,
          background: '#fff',
          padding: '1rem',
          cursor: 'grab',
          border: '1px solid var(--theme-elevation-150, #ddd)',
        }}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: Mermaid's own output, rendered with securityLevel strict
        dangerouslySetInnerHTML={{ __html: svg }}
      />
    </div>
  )
}
