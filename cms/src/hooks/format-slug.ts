import type { FieldHook } from 'payload'
import { slugify } from '../lib/slugify'

/** Fills the slug from the title when the editor leaves it empty, and normalises typed slugs. */
export const formatSlug: FieldHook = ({ value, data }) => {
  if (typeof value === 'string' && value.trim()) return slugify(value)
  const title = data?.title
  return typeof title === 'string' && title ? slugify(title) : value
}
