/**
 * Interface text of handing in a lesson's answers and of "new student", on each lesson's hand-in
 * page. Apart from the lesson's progress text so that lesson pages do not ship it. Part of UI
 * (./index.ts).
 */
export const handInText = {
  heading: 'Hand in my answers',
  pageTitle: (lessonTitle: string) => `Hand in my answers: ${lessonTitle}`,
  fromLesson:
    'Finished, or out of time? Print or copy your answers for your teacher; on a shared device, clear them for the next student.',
  backToLesson: (lessonTitle: string) => `Back to the lesson: ${lessonTitle}`,
  here: 'This browser is not keeping your answers: hand them in from here before you leave this page (opening another page would lose them). Print them or copy them for your teacher.',
  intro:
    'Your answers stay on this device. To hand them in, print them or copy them for your teacher.',
  nameLabel: 'Your name',
  nameMissing: 'Write your name first, so your teacher knows whose answers these are.',
  prepare: 'Prepare my answers',
  print: 'Print',
  copy: 'Copy',
  copied: 'Copied. Paste it where your teacher asked.',
  copyFailed: 'Copying did not work here. Select the text above and copy it yourself.',
  summaryLabel: 'Your answers to hand in',
  newStudentHeading: 'Next student on this device',
  newStudent: 'New student',
  newStudentHelp: 'On a shared device: clear all saved answers so the next student starts fresh.',
  newStudentConfirm: 'Clear every saved answer on this device? This cannot be undone.',
  newStudentYes: 'Yes, clear everything',
  cancel: 'Cancel',
  cleared: 'All saved answers on this device were cleared.',
} as const;
