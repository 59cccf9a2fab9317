/** The Background Sync tag the class pages register and the worker answers (sw/class-sync.ts). */
export const CLASS_SYNC_TAG = 'sayswho-class-outbox';
