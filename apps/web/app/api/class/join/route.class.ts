/** A student joins a class with its code and a name, and gets their device token. */
import { joinClass } from '@sayswho/classroom';
import { joinRoute } from '@/lib/class-server/join-route';

export const POST = joinRoute(['code', 'name'], joinClass);
