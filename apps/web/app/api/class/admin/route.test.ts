import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { classRequest } from '@/lib/class-server/testing/requests';
import { useTestClassroom } from '@/lib/class-server/testing/use-test-classroom';
import { POST } from './route.class';

const dataDir = mkdtempSync(path.join(tmpdir(), 'sayswho-admin-route-'));
const SECRET = 'a-secret-only-the-data-folder-holds-0123456789';
writeFileSync(path.join(dataDir, 'admin.secret'), SECRET);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// As `npm run class` sends it: no browser, so no Origin header.
const command = (body: unknown, secret = SECRET) =>
  POST(
    classRequest('/api/class/admin', {
      body,
      origin: null,
      headers: { authorization: `Bearer ${secret}` },
    }),
  );

describe('the admin endpoint npm run class uses while the server runs', () => {
  useTestClassroom({ config: { dataDir } });
  const origin = 'http://localhost:3000';

  it('adds a teacher and answers the lines to print', async () => {
    const response = await command({ command: 'add-teacher', args: ['Ms Rivera'], origin });
    expect(response.status).toBe(200);
    const reply = await response.json();
    expect(reply).toMatchObject({ exitCode: 0, err: [] });
    expect(reply.out.join('\n')).toMatch(
      /http:\/\/localhost:3000\/api\/class\/teacher\/sign-in\?token=/,
    );
  });

  it('answers 404 to a wrong secret, whatever the body', async () => {
    for (const body of [{ command: 'list-teachers', args: [], origin }, 'not json']) {
      const response = await command(body, 'b'.repeat(SECRET.length));
      expect(response.status).toBe(404);
    }
  });

  it('refuses a command it does not know, with the reason', async () => {
    const response = await command({ command: 'drop-everything', args: [], origin });
    expect(response.status).toBe(400);
    expect((await response.json()).reason).toMatch(/class command/);
  });

  it('refuses import, which needs the folder to itself', async () => {
    const response = await command({ command: 'import', args: ['backup.jsonl'], origin });
    expect(response.status).toBe(403);
    expect((await response.json()).reason).toMatch(/stop the server first/);
  });
});
