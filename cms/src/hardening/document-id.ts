/** Document ids are integers here (SQLite rowids, PostgreSQL serials), written out in full. */
export const isDocumentId = (id: string): boolean => /^[1-9]\d{0,14}$/.test(id)
