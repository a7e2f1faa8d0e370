import type { CollectionBeforeValidateHook } from 'payload'
import { dayOf } from '@vsp/analytics'

/**
 * A service recorded through the Local API (the newsletter's confirmed sign-up) counts for the
 * day it was recorded, like the ingest's events, without the caller knowing about days.
 */
export const fillDay: CollectionBeforeValidateHook = ({ data, operation }) =>
  operation === 'create' && data && !data.day ? { ...data, day: dayOf(Date.now()) } : data
