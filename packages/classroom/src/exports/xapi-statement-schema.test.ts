import { xapiStatementSchema } from './xapi-statement-schema';

const valid = {
  id: 'fd41c918-b88b-4b20-a0a5-a4c32391aaa0',
  actor: { objectType: 'Agent', account: { homePage: 'https://class.example', name: '3f2a' } },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  object: {
    objectType: 'Activity',
    id: 'https://class.example/lessons/who-says-so#us-officials',
    definition: {
      name: { 'en-US': 'Who says so?: us-officials' },
      type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
      interactionType: 'choice',
      choices: [{ id: 'option-1', description: { 'en-US': 'Named' } }, { id: 'option-2' }],
      correctResponsesPattern: ['option-1'],
    },
  },
  result: { score: { scaled: 0.5 }, success: false, completion: false, response: 'option-2' },
  context: { platform: 'Says Who', language: 'en' },
  timestamp: '2025-03-10T09:00:00.000Z',
  stored: '2025-03-10T09:00:01.000+01:00',
  version: '1.0.3',
};

type Change = (s: typeof valid & Record<string, unknown>) => unknown;
const changed = (change: Change) => {
  const copy = structuredClone(valid) as typeof valid & Record<string, unknown>;
  change(copy);
  return copy;
};

test('accepts a statement that keeps every rule', () => {
  expect(xapiStatementSchema.safeParse(valid).error).toBeUndefined();
});

test.each<[string, Change]>([
  ['an id that is not a UUID', (s) => (s.id = 'check-1')],
  ['no actor', (s) => delete (s as Partial<typeof valid>).actor],
  ['an actor with no identifier', (s) => delete (s.actor as Partial<typeof valid.actor>).account],
  [
    'an actor with two identifiers',
    (s) => Object.assign(s.actor, { mbox: 'mailto:sam@example.org' }),
  ],
  ['an account whose home page is not a URL', (s) => (s.actor.account.homePage = 'class server')],
  ['an account with no name', (s) => (s.actor.account.name = '')],
  ['a verb id that is not an IRI', (s) => (s.verb.id = 'answered')],
  [
    'a display keyed by something that is no language tag',
    (s) => (s.verb.display = { 'English (US)': 'answered' } as never),
  ],
  ['an object id that is not an IRI', (s) => (s.object.id = 'us officials')],
  [
    'an interaction type the spec does not have',
    (s) => (s.object.definition.interactionType = 'multiple-choice'),
  ],
  [
    'choices on an interaction that is not a choice',
    (s) => (s.object.definition.interactionType = 'long-fill-in'),
  ],
  ['two choices with one id', (s) => s.object.definition.choices.push({ id: 'option-1' })],
  [
    'correct responses with no interaction type',
    (s) => {
      const definition = s.object.definition as { interactionType?: string; choices?: unknown };
      delete definition.interactionType;
      delete definition.choices;
    },
  ],
  ['a scaled score above 1', (s) => (s.result.score.scaled = 1.5)],
  [
    'a raw score outside min and max',
    (s) => Object.assign(s.result.score, { raw: 11, min: 0, max: 10 }),
  ],
  ['a response that is not a string', (s) => (s.result.response = ['option-2'] as never)],
  [
    'an extension keyed by something that is no IRI',
    (s) => Object.assign(s.result, { extensions: { marks: [] } }),
  ],
  ['a timestamp with no time zone', (s) => (s.timestamp = '2025-03-10T09:00:00')],
  ['a stored time that is no time', (s) => (s.stored = 'yesterday')],
  ['a version other than 1.0.x', (s) => (s.version = '2.0.0')],
  ['a property the spec does not define', (s) => (s.grade = 'A')],
  [
    'a property the spec does not define, inside the result',
    (s) => Object.assign(s.result, { points: 3 }),
  ],
])('refuses %s', (_rule, change) => {
  expect(xapiStatementSchema.safeParse(changed(change)).success).toBe(false);
});
