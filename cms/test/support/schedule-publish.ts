/**
 * `tsx cms/test/support/schedule-publish.ts <collection> <id> <userId>`: queues the job the
 * admin's "Publicatie plannen" queues (Payload's schedulePublish task, same input), due a
 * second ago, so that a test can run the jobs over HTTP and see the publish arrive.
 */
import { config, getPayload } from '@vsp/cms/payload'

const [collection, id, user] = process.argv.slice(2)
const payload = await getPayload({ config })
const job = await payload.jobs.queue({
  task: 'schedulePublish',
  input: {
    type: 'publish',
    doc: { relationTo: collection as 'checklists', value: id },
    user: { relationTo: 'users', value: Number(user) },
  },
  waitUntil: new Date(Date.now() - 1000),
  queue: 'default',
})
console.log(`Queued job ${job.id}`)
process.exit(0)
