const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML content and attributes: page text must never become markup (CWE-79). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char])
}
