import type { Payload, PayloadRequest } from 'payload'
import { REVIEWED_COLLECTIONS } from '@vsp/content-models'
import { reviewsDue, type OwnerDue, type ReviewedDocument } from './reviews-due'

/**
 * Reads every reviewed collection as the signed-in staff member (access control on, drafts
 * included, so an editor sees the version they work on) and lists what is due per owner.
 */
export async function loadReviewsDue(payload: Payload, user: PayloadRequest['user'], today = new Date()): Promise<OwnerDue[]> {
  const documents: ReviewedDocument[] = []
  for (const collection of REVIEWED_COLLECTIONS) {
    const result = await payload.find({
      collection,
      user,
      overrideAccess: false,
      draft: true,
      depth: 0,
      pagination: false,
      select: { title: true, site: true, review: true } as never,
    })
    for (const doc of result.docs as unknown as Omit<ReviewedDocument, 'collection'>[]) {
      documents.push({ collection, id: doc.id, title: doc.title, site: doc.site, review: doc.review })
    }
  }
  return reviewsDue(documents, today)
}
