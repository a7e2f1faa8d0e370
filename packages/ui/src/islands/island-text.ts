/**
 * Text the islands render on the server, in one place: the islands show it and the page models
 * (page-models/) put it in the page's search text, so neither copies the other.
 */
export const STORED_NOTICE = 'Wat u aanvinkt, bewaren we alleen in deze browser op dit apparaat.'
export const CLEAR_DATA_LABEL = 'Wis mijn gegevens'
export const LESSON_DONE_LABEL = 'Ik heb deze les afgerond'
export const checkedCount = (done: number, total: number) => `${done} van ${total} punten afgevinkt`
export const lessonsDone = (done: number, total: number) => `${done} van ${total} lessen afgerond`
