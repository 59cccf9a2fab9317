/** A student joins again from another device with the class code and the rejoin code their teacher shows. */
import { rejoinClass } from '@sayswho/classroom';
import { joinRoute } from '@/lib/class-server/join-route';

export const POST = joinRoute(['code', 'rejoinCode'], rejoinClass);
