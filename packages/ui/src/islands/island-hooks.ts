import { useEffect, useRef, useState } from 'react'

/**
 * What every form island needs: to render nothing until it runs in the browser (a form that
 * cannot be sent would mislead; the page's <noscript> says why), and to move focus to the
 * answer or the problem each time a new one arrives, so screen readers read it out.
 */
export function useHydrated(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => setReady(true), [])
  return ready
}

export function useFocusOnChange<T extends HTMLElement>(value: unknown) {
  const target = useRef<T>(null)
  useEffect(() => {
    if (value) target.current?.focus()
  }, [value])
  return target
}
