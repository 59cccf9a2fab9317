/**
 * Interface text of the notices every page carries (offline, a new version). Apart from the rest
 * of the offline text because every page ships it. Part of UI (./index.ts).
 */
export const offlineNoticeText = {
  status: 'You’re offline. Your work is saved on this device.',
  updateReady: 'New version of Says Who.',
  reload: 'Reload',
} as const;
