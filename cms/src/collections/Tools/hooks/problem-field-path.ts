/**
 * Where in the admin form a definition problem is shown. The engine names rows (`nodes.3`) and
 * groups (`safetyRules.0.then`) as well as fields; Payload shows a server error only on a field,
 * and one placed on a row used to replace the row's data with `null` in the form. So a problem
 * on a row goes to the field that names the row, one on a group to its first field, and one on
 * the n-th value of a many-valued field to the field itself.
 */

/** The field an editor knows each list's rows by. */
const ROW_NAME_FIELD: Record<string, string> = {
  nodes: 'key',
  options: 'key',
  dimensions: 'key',
  bands: 'key',
  questions: 'key',
  sections: 'key',
  steps: 'key',
  safetyRules: 'name',
  organisations: 'organisation',
  links: 'label',
  scoring: 'from',
  items: 'text',
}

/** Groups: the field that stands for the whole group. `..` means the group's row. */
const GROUP_FIELD: Record<string, string> = { then: '../name', when: 'allTags', showIf: 'question', riskAt: 'min' }

const isIndex = (segment: string) => /^\d+$/.test(segment)

export function problemFieldPath(problemPath: string, prefix = 'definition'): string {
  const segments = problemPath.split('.').filter(Boolean)
  const last = segments.at(-1)
  const parent = segments.at(-2)
  if (last !== undefined && isIndex(last) && parent !== undefined) {
    if (parent in ROW_NAME_FIELD) segments.push(ROW_NAME_FIELD[parent])
    else segments.pop()
  } else if (last !== undefined && last in GROUP_FIELD) {
    const field = GROUP_FIELD[last]
    if (field.startsWith('../')) segments.splice(-1, 1, field.slice(3))
    else segments.push(field)
  }
  return [prefix, ...segments].join('.')
}
