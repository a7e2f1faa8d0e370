import type { ChildProcess } from 'node:child_process'
import { startService, waitForHttp } from './steps'

export interface Maildev {
  child: ChildProcess
  smtpPort: number
  /** the web inbox; its REST API is below /api (GET /api/email lists every mail) */
  webUrl: string
}

/**
 * Starts maildev (npm), the mail catcher the CMS sends the newsletter mails to in the demo and
 * the tests: SMTP and web inbox on this machine only.
 */
export async function startMaildev(
  smtpPort: number,
  webPort: number,
  options: { name?: string; mailDirectory?: string } = {},
): Promise<Maildev> {
  const folder = options.mailDirectory ? ['--mail-directory', options.mailDirectory] : []
  const child = startService(options.name ?? 'maildev', 'pnpm', [
    'exec',
    'maildev',
    '--smtp',
    String(smtpPort),
    '--web',
    String(webPort),
    '--ip',
    '127.0.0.1',
    '--web-ip',
    '127.0.0.1',
    '--silent',
    ...folder,
  ])
  const webUrl = `http://localhost:${webPort}`
  await waitForHttp(`${webUrl}/api/healthz`, 30_000)
  return { child, smtpPort, webUrl }
}
