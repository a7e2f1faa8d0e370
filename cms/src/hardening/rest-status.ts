type Handler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * Payload answers 501 for the REST routes of its own bookkeeping collections (payload-migrations
 * has no endpoints). To a client that is just a path that does not exist: 404, not a server error.
 */
export const notImplementedIsNotFound =
  (handler: Handler): Handler =>
  async (request, context) => {
    const response = await handler(request, context)
    if (response.status !== 501) return response
    return Response.json({ errors: [{ message: 'Deze route bestaat niet.' }] }, { status: 404, headers: { 'cache-control': 'no-store' } })
  }
