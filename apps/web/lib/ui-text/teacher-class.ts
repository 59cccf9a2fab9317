/**
 * Interface text of class mode's teacher pages (/teacher and below). Its own module so that only
 * those pages' islands ship it; part of UI (./index.ts).
 */
const COMMAND_LINK = 'npm run class -- teacher-link "Your Name"';
const COMMAND_ADD = 'npm run class -- add-teacher "Your Name"';

export const teacherClassText = {
  /** Before each error under a field, so an error is never told by colour alone. */
  errorPrefix: 'Error:',
  home: {
    title: 'Your classes',
    signedOutTitle: 'Teachers: sign in to class mode',
    signedOut:
      'Class mode has no passwords: you sign in with a link that works once, on the device you open it on. Whoever runs the kit’s server makes it: in the kit’s folder, while the server runs, they type',
    signedOutFirstTime: 'the first time (it adds you as a teacher), and later, for a new device,',
    signedOutOpen: 'and send you the link it prints (it works for 7 days).',
    commandLink: COMMAND_LINK,
    commandAdd: COMMAND_ADD,
    expired: `That sign-in link has been used or has expired. Ask for a new one: ${COMMAND_LINK}.`,
    unavailable: (reason: string) =>
      `Class mode cannot be reached right now: ${reason} Reload this page in a minute.`,
    signedInAs: (name: string) => `Signed in as ${name}`,
    signOut: 'Sign out',
    newClass: 'New class',
    none: 'You have no classes yet. Make one for the lessons you will teach; students join it with a code.',
    deleted: 'The class and everything in it were deleted from the server.',
    students: (n: number) => (n === 1 ? '1 student' : `${n} students`),
    endsOn: (day: string) => `ends ${day}`,
    joinCode: (code: string) => `join code ${code}`,
    lessonsCaption: 'Lessons',
  },
  newClass: {
    title: 'New class',
    intro:
      'Students join with a code and work through these lessons. Their work is kept until the end date, and deleted automatically some days after it.',
    name: 'Class name',
    nameHelp: 'As your students know it, for example “8B Media studies”.',
    nameMissing: 'Write a name for the class.',
    nameTooLong: (max: number) => `Keep the class name to ${max} characters.`,
    lessons: 'Lessons',
    lessonsHelp: 'Choose one or more, in the order you will teach them.',
    lessonsMissing: 'Choose at least one lesson.',
    endsOn: 'Last day of the class',
    endsOnHelp: (min: string, max: string) => `Between ${min} and ${max}.`,
    endsOnBad: (min: string, max: string) =>
      `Choose a day between ${min} and ${max} (written YYYY-MM-DD).`,
    create: 'Create the class',
    creating: 'Creating the class…',
    failed: (reason: string) => `The class was not created: ${reason}`,
    cancel: 'Back to your classes',
  },
  klass: {
    back: 'Your classes',
    lessons: 'Lessons',
    joinHeading: 'How students join',
    joinCode: 'Join code',
    joinLink: 'Join link',
    joinHow: 'Students open the link or scan the code, or go to /join and type the code.',
    qrLabel: (link: string) => `QR code of the join link ${link}`,
    project: 'Show the code full screen, to project',
    newCode: 'New join code',
    newCodeHelp:
      'If the code has leaked: the old code stops working; students who joined stay in the class.',
    newCodeDone: (code: string) => `The new join code is ${code}.`,
    rosterHeading: 'Students',
    rosterNone: 'Nobody has joined yet.',
    // Said politely as students join while the page is open (the list itself is not a live region);
    // still true when read later, unlike "just now".
    lastToJoin: (labels: readonly string[]) =>
      `Last to join: ${new Intl.ListFormat('en-GB').format(labels)}.`,
    rosterCaption: (n: number) =>
      n === 1 ? '1 student in this class' : `${n} students in this class`,
    name: 'Name',
    joined: 'Joined',
    devices: 'Devices',
    rejoinCode: 'Rejoin code',
    actions: 'Changes',
    show: 'Show',
    hide: 'Hide',
    showRejoin: (label: string) => `Show ${label}’s rejoin code`,
    hideRejoin: (label: string) => `Hide ${label}’s rejoin code`,
    rejoinHelp:
      'For this student only, to join again on another device at /join (the code changes once used).',
    rename: 'Rename',
    renameLabel: (label: string) => `New name for ${label}`,
    nameMissing: 'Write a name (a first name or a nickname).',
    nameTooLong: (max: number) => `Keep the name to ${max} characters.`,
    save: 'Save',
    cancel: 'Cancel',
    renamed: (from: string, to: string) => `${from} is now called ${to}.`,
    merge: 'Merge',
    mergeLabel: (label: string) => `Merge ${label} into`,
    mergeHelp:
      'For a student who joined twice: their work and devices move to the student you choose, and this record goes.',
    mergeConfirm: 'Merge them',
    merged: (from: string, into: string) => `${from} was merged into ${into}.`,
    remove: 'Remove',
    removeConfirm: (label: string) =>
      `Remove ${label} and all their work from the class? Their device keeps its copy.`,
    removeYes: 'Yes, remove',
    removed: (label: string) => `${label} was removed from the class.`,
    endHeading: 'End date',
    endsOn: (day: string, deletes: string) =>
      `The class ends on ${day}; its data is deleted automatically on ${deletes}.`,
    endsOnLabel: 'Last day of the class',
    endsOnSave: 'Change the end date',
    endsOnSaved: (day: string) => `The class now ends on ${day}.`,
    liveHeading: 'During the lesson',
    liveLater: 'A live view of your students’ work will appear here.',
    deleteHeading: 'Keep a copy, then delete the class',
    exportLink: 'Download the class’s data',
    exportHelp:
      'A file of JSON lines: the class, its students and every answer, Check and hint they sent.',
    deleteHelp:
      'Deleting removes the class, its students and all their work from the server at once. It cannot be undone: download a copy first if you need one.',
    deleteLabel: (name: string) => `To delete, type the class name: ${name}`,
    deleteButton: 'Delete the class',
    deleteMismatch: 'Type the class name exactly as shown to delete it.',
    failed: (reason: string) => `That did not work: ${reason}`,
    network: 'The server could not be reached. Check the connection and try again.',
  },
  project: {
    title: (name: string) => `Join ${name}`,
    goTo: (origin: string) => `Go to ${origin}/join and type the code`,
    back: 'Back to the class',
  },
  static: {
    title: 'Class mode needs the kit’s server',
    body: 'This copy of Says Who is a static site: it has no server, so it has no classes. Class mode (students join with a code and their work reaches the teacher) runs when the kit is served with',
    command: 'npm start',
    after: 'See “Class mode” in the README for setting up teachers.',
  },
} as const;
