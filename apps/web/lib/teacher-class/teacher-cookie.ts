/** The teacher's session cookie (HttpOnly, SameSite=Lax, Path=/, Secure on https). */
export const TEACHER_COOKIE = 'sayswho_teacher';
