import type { Payload } from 'payload'

type Logged = { err?: { status?: unknown; message?: unknown } } | undefined

/** What Payload logs for a request it answers with a 4xx: the client's mistake, which the answer already names. */
export function isClientError(logged: unknown): boolean {
  const status = (logged as Logged)?.err?.status
  return typeof status === 'number' && status >= 400 && status < 500
}

/**
 * With CMS_QUIET_CLIENT_ERRORS=1 (the cms tests' CMS: cms/test/support/global-setup.ts), an error
 * that Payload answers with a 4xx is logged at debug level (not shown) instead of as an error
 * with its stack. Payload means to do that itself for Forbidden, NotFound and ValidationError
 * (`loggingLevels`, matched by class name), but the admin build renames the classes. The fuzz
 * test sends thousands of such requests; a 5xx and everything else stay errors.
 */
export function quietClientErrors(payload: Payload, env: Record<string, string | undefined> = process.env): void {
  if (env.CMS_QUIET_CLIENT_ERRORS !== '1') return
  const { logger } = payload
  const error = logger.error.bind(logger)
  logger.error = ((logged: unknown, ...rest: unknown[]) => {
    if (!isClientError(logged)) return (error as (...args: unknown[]) => void)(logged, ...rest)
    const { err } = logged as Required<NonNullable<Logged>>
    logger.debug(`${err?.status} ${String(err?.message ?? '')}`)
  }) as typeof logger.error
}
