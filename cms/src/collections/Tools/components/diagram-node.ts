/** Which step a node of the Mermaid drawing stands for (`treeToMermaid` names step i `n<i>`). */
export function stepIndexOfNode(elementId: string | null | undefined): number | undefined {
  const match = /(?:^|-)flowchart-n(\d+)-\d+$/.exec(elementId ?? '')
  return match ? Number(match[1]) : undefined
}

/** The zoom at which a drawing of `width` fits in `available` pixels, never above 100%. */
export function fitZoom(width: number, available: number): number {
  if (!(width > 0) || !(available > 0)) return 1
  return Math.min(1, available / width)
}

export const ZOOM_STEPS = [0.25, 0.35, 0.5, 0.75, 1, 1.25, 1.5, 2]

/** The next zoom step up or down from `zoom`. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((step) => step > zoom + 0.001) ?? ZOOM_STEPS.at(-1)!
  return [...ZOOM_STEPS].reverse().find((step) => step < zoom - 0.001) ?? ZOOM_STEPS[0]
}
