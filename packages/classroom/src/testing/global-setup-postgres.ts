import { prepare } from './prepare-tests';

export default () => prepare('postgres');
