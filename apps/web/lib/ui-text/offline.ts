/** Interface text of offline use: the saved lessons, "make all lessons available offline". Part of UI (./index.ts). */
export const offlineText = {
  manifestDescription:
    'Media-literacy lessons on real news articles. Once a lesson has been opened, it works without the network.',
  notYet: {
    title: 'Not available offline yet',
    body: 'You’re offline, and this page was not opened on this device while it had the internet, so it is not saved here. Your work is safe. Try again when the wifi is back, or open a lesson that is saved on this device.',
    tryAgain: 'Try again',
    back: 'Go to the lessons',
    savedHeading: 'Lessons you can open offline on this device',
    noneSaved: 'No lessons are saved on this device yet.',
  },
  page: {
    title: 'Use Says Who offline',
    intro: [
      'Every lesson a student opens is saved on that device, with its articles and answer checks, so it keeps working if the wifi drops. Students’ answers are always saved on their own device.',
      'Preparing a class? On each device, open this page while it has the internet and save every lesson at once. The saved lessons update themselves the next time the device is online.',
    ],
  },
  saveAll: {
    button: 'Make all lessons available offline',
    checking: 'Checking which lessons are saved on this device…',
    progressLabel: 'Lessons saved so far',
    saving: (n: number, total: number, title: string) =>
      `Saving lesson ${n} of ${total}: ${title}…`,
    allSaved: (total: number, size: string) =>
      `All ${total} lessons are saved on this device (${size}). They open without the internet.`,
    someFailed: (saved: number, total: number, failed: readonly string[]) =>
      `${saved} of ${total} lessons are saved. Not saved: ${failed.join(', ')}. Check the internet connection and try again.`,
    listHeading: 'Lessons on this device',
    saved: 'saved on this device',
    notSaved: 'not saved yet',
    unavailable: {
      preview:
        'Offline use is switched off in the live preview (npm run dev), so lesson edits always show at once. It works in the built kit: npm run build, then npm start, or the static export.',
      unsupported:
        'This browser cannot save lessons for offline use. The kit still works here while there is internet.',
      unreachable:
        'The list of lessons could not be loaded. Connect to the internet and reload this page.',
    },
  },
} as const;
