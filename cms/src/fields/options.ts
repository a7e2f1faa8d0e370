/** Select options from a content-models vocabulary and its Dutch labels. */
export const options = <T extends string>(values: readonly T[], labels?: Partial<Record<T, string>>) =>
  values.map((value) => ({ value, label: labels?.[value] ?? value }))
