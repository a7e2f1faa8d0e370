/**
 * Opens the block of a step in the form: unfolds it when folded, scrolls to it and puts the
 * cursor in its first field. Payload gives block row i of `definition.nodes` the id
 * `definition-nodes-row-<i>` (BlockRow).
 */
export function openStep(index: number, listPath = 'definition.nodes'): boolean {
  const row = document.getElementById(`${listPath.split('.').join('-')}-row-${index}`)
  if (!row) return false
  const collapsible = row.querySelector('.collapsible')
  if (collapsible?.classList.contains('collapsible--collapsed')) {
    collapsible.querySelector<HTMLElement>('.collapsible__toggle')?.click()
  }
  row.scrollIntoView({ block: 'start' })
  // The unfolded fields render a moment later.
  let tries = 0
  const focus = () => {
    const field = row.querySelector<HTMLElement>(
      '.collapsible__content input, .collapsible__content textarea, .collapsible__content select',
    )
    if (field) field.focus({ preventScroll: true })
    else if (tries++ < 20) setTimeout(focus, 50)
  }
  focus()
  return true
}
