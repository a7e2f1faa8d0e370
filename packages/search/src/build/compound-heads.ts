/**
 * Words that often end Dutch compounds on these sites. The splitter accepts a compound head
 * when the corpus uses it as a word of its own, or when it is listed here, so that
 * "ongeval" finds "Verkeersongeval" even on a site that never writes "ongeval" alone.
 */
export const knownCompoundHeads: readonly string[] = [
  'aangifte', 'agressie', 'begeleiding', 'beroving', 'bedreiging', 'diefstal', 'dood',
  'fraude', 'geweld', 'gesprek', 'hulp', 'huis', 'incident', 'inbraak', 'intimidatie',
  'kind', 'kinderen', 'misbruik', 'misdrijf', 'ongeval', 'ongeluk', 'oplichting', 'overval',
  'pesten', 'proces', 'rechten', 'schade', 'slachtoffer', 'steun', 'stress', 'toezicht',
  'trauma', 'vergoeding', 'verlening', 'verwerking', 'zorg',
]
