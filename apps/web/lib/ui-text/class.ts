/**
 * Interface text of class mode's student pages (join, the class, a class lesson). Apart from the
 * rest because only class pages ship it. Part of UI (./index.ts).
 */
export const classText = {
  joinTitle: 'Join a class',
  joinIntro: 'Type the code your teacher shows, and the name your teacher will see.',
  codeLabel: 'Class code',
  nameLabel: 'Your first name or a nickname',
  nameHelp: '1 to 40 characters. No surname needed.',
  join: 'Join the class',
  joining: 'Joining…',
  nameMissing: 'Write your name first (1 to 40 characters).',
  codeMissing: 'Type the class code your teacher shows.',
  rejoinHeading: 'Already in this class on another device?',
  rejoinIntro: 'Ask your teacher for your rejoin code, then type it here with the class code.',
  rejoinLabel: 'Rejoin code',
  rejoin: 'Rejoin',
  rejoinMissing: 'Type the rejoin code your teacher gave you.',
  waitRateLimit: (seconds: number | null) =>
    seconds
      ? `Too many tries from this network. Wait ${seconds} seconds, then try again.`
      : 'Too many tries from this network. Wait a minute, then try again.',
  networkDown: 'The class server cannot be reached. Check the network, then try again.',
  earlierWorkQuestion: (lessons: number) =>
    `This device has answers from before you joined (${lessons === 1 ? '1 lesson' : `${lessons} lessons`}). Bring them into the class for your teacher to see?`,
  bringWork: 'Yes, bring them in',
  leaveWork: 'No, leave them out',
  leftOut: 'Your earlier answers stay on this device; your teacher sees what you do from now on.',
  broughtIn: 'Your earlier answers are on their way to your teacher.',
  storageBlocked:
    'This browser does not let Says Who keep anything, so it cannot stay in the class. Allow site data for this address, then join again.',
  signedInAs: (name: string) => `Signed in as ${name}`,
  classLessons: 'Lessons of this class',
  noLessons: 'This class has no lessons yet.',
  newStudent: 'New student',
  newStudentBox: {
    newStudent: 'New student',
    newStudentHelp:
      'On a shared device: leave the class on this device so the next student can join. Work not sent yet still goes to your teacher under your name.',
    newStudentConfirm: 'Leave the class on this device and clear its answers for the next student?',
    newStudentYes: 'Yes, next student',
    cancel: 'Cancel',
    cleared: '',
  },
  notJoined: 'This device is not in this class.',
  joinLink: 'Join the class',
  backToClass: (name: string) => `Back to the class: ${name}`,
  removed: 'Your teacher removed you from this class. Your work stays on this device.',
  status: {
    sent: 'Sent to your teacher.',
    waiting: 'Saved here, will send when the network is back.',
    rejected: (reason: string) =>
      `Your teacher’s server could not take one answer: ${reason} It stays saved on this device.`,
    held: (reason: string) => `${reason} Your work stays saved on this device.`,
    rejectedAgain: (reason: string) =>
      `Sent again, and your teacher’s server still could not take it: ${reason} It stays saved on this device.`,
    sendAgain: 'Send again',
    // Said from the start, as the kit's own "not letting Says Who save your work" notice is.
    memoryOnly:
      'This browser won’t keep your work if you close the tab: keep this tab open until it says “Sent to your teacher.”',
  },
  checkWaits: 'Saved here. It will be checked when the network is back.',
  answerChanged: 'Your answer changed since that Check: check again.',
  hintNeedsNetwork:
    'The next hint comes from your teacher’s server: try again when the network is back. The hints above stay.',
  // In the hints list, for a hint asked for whose text the network dropped before it came.
  hintOnItsWay: 'This hint shows when the network is back.',
  answerFirst: 'Answer first, then check.',
  locked: 'Your teacher has closed this exercise for now: you can still change your answer.',
  late: 'Your teacher had closed this exercise when this Check arrived, so it is marked as late.',
  reviewHeading: 'Your teacher’s comment',
  verdict: { fair: 'Fair rewrite', 'try-again': 'Try again' },
  // The page the service worker shows for a class address offline (app/offline/class).
  offlinePage: {
    title: 'Class pages need the network',
    body: 'You’re offline, and a class page opens only while this device can reach your teacher’s server. The work you did is safe on this device: it goes to your teacher when the network is back.',
  },
  staticTitle: 'Class mode needs the class server',
  staticIntro:
    'This copy of Says Who is a static website, so it has no class server. To run a class, start the kit on a school computer with this command, then open its address:',
  staticCommand: 'npm ci && npm start',
} as const;
