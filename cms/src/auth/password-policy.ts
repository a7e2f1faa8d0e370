/** At least this many characters: long passphrases beat forced symbol rules (NIST SP 800-63B). */
export const MIN_PASSWORD_LENGTH = 12

// A few that people pick first; a length rule alone lets these through.
const COMMON = ['wachtwoord', 'password', '123456789012', 'qwertyuiop', 'welkom', 'geheim', 'slachtofferhulp']

/**
 * What is wrong with a new password, in Dutch, or undefined when it may be used (CWE-521).
 */
export function passwordProblem(password: unknown): string | undefined {
  if (typeof password !== 'string' || password.length === 0) return 'Vul een wachtwoord in.'
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens; een zin van een paar woorden is makkelijk te onthouden.`
  if (password.length > 256) return 'Kies een wachtwoord van hoogstens 256 tekens.'
  const lower = password.toLowerCase()
  if (new Set(lower).size < 5) return 'Dit wachtwoord is te makkelijk te raden: gebruik meer verschillende tekens.'
  const plain = lower.replace(/[^a-z0-9]/g, '')
  if (COMMON.some((word) => plain.includes(word) && plain.length - word.length < 6))
    return 'Dit wachtwoord is te makkelijk te raden: kies iets dat niet voor de hand ligt.'
  return undefined
}
