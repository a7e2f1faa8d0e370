import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

/**
 * Runs the work in one database transaction where the adapter has them (PostgreSQL): all of it is
 * stored, or none of it. Payload's SQLite adapter runs without transactions unless
 * `transactionOptions` is set (cms/src/lib/database.ts does not), so there each step commits by
 * itself; the steps are ordered so that a failure midway leaves nothing harmful (at worst a
 * pending subscription without a mail, which the next sign-up completes).
 */
export async function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({}, payload)
  const owns = await initTransaction(req)
  try {
    const result = await work(req)
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
