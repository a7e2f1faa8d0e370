import type { Options as Schema } from 'rehype-sanitize'
import { EXTERNAL_LINK_CLASS, VISUALLY_HIDDEN_CLASS } from './external-links'

/**
 * An allow-list of exactly what the pipeline produces (CWE-79). Raw HTML never reaches this
 * point (remark-rehype drops it); this is the last gate in case a plugin or a stored value
 * lets something through. Hrefs are limited to http(s), mailto, tel and relative URLs.
 * Images are not allowed: markdown images could load from any host and tell it who reads
 * about violence or abuse; pictures come from the CMS media collection instead.
 */
export const sanitizeSchema: Schema = {
  tagNames: [
    'a',
    'blockquote',
    'br',
    'code',
    'del',
    'em',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'input',
    'li',
    'ol',
    'p',
    'pre',
    'section',
    'span',
    'strong',
    'sub',
    'sup',
    'table',
    'tbody',
    'td',
    'th',
    'thead',
    'tr',
    'ul',
  ],
  attributes: {
    a: [
      'href',
      'id',
      'ariaDescribedBy',
      'ariaLabel',
      'dataFootnoteRef',
      'dataFootnoteBackref',
      ['className', EXTERNAL_LINK_CLASS, 'data-footnote-backref'],
      ['rel', 'noopener', 'noreferrer', 'external'],
      ['target', '_blank'],
    ],
    h1: ['id'],
    h2: ['id', ['className', VISUALLY_HIDDEN_CLASS]],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
    li: ['id', ['className', 'task-list-item']],
    ol: ['start', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    span: [['className', VISUALLY_HIDDEN_CLASS]],
    section: ['dataFootnotes', ['className', 'footnotes']],
    code: [['className', /^language-[\w-]+$/]],
    td: ['align'],
    th: ['align'],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  // Ids come from our own slugger and from remark-rehype's footnotes (already prefixed), never
  // from user HTML, so they are not prefixed again: "#nazorg" links keep working.
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style', 'template'],
}
