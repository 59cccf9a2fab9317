/**
 * A lesson's hand-in page: the student's answers to print or copy for the teacher, and "new
 * student" for shared devices. `lesson` is the exercise specs' `lesson` ({ slug, fingerprint }).
 */
export { HandIn } from './hand-in.client';
export { NewStudent } from './new-student.client';
