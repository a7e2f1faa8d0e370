/* THIS FILE WAS GENERATED AUTOMATICALLY BY PAYLOAD. */
/* DO NOT MODIFY IT BECAUSE IT COULD BE REWRITTEN AT ANY TIME. */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { notImplementedIsNotFound } from '../../../../hardening/rest-status'

export const GET = notImplementedIsNotFound(REST_GET(config))
export const POST = notImplementedIsNotFound(REST_POST(config))
export const DELETE = notImplementedIsNotFound(REST_DELETE(config))
export const PATCH = notImplementedIsNotFound(REST_PATCH(config))
export const PUT = notImplementedIsNotFound(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
