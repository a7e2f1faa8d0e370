/**
 * The cms project runs twice: on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set
 * (scripts/lib/test-passes.ts). What does not depend on the database engine (the admin in the
 * browser, answer-time figures) runs in the SQLite pass only, to keep CI under its time.
 */
export const onPostgres = Boolean(process.env.TEST_DATABASE_URL)
