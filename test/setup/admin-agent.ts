import request from 'supertest';
import type { createTestApp } from './test-app.ts';

type App = ReturnType<typeof createTestApp>;

export function csrfFrom(html: string): string {
  const m = html.match(/name="_csrf" value="([^"]+)"/);
  if (!m) throw new Error('no CSRF token on the page');
  return m[1]!;
}

/** A browser-like agent (keeps cookies) signed in as the given account. */
export async function signIn(app: App, email: string, password: string) {
  const agent = request.agent(app);
  const page = await agent.get('/admin/login').expect(200);
  await agent
    .post('/admin/login')
    .type('form')
    .send({ _csrf: csrfFrom(page.text), email, password })
    .expect(303);
  return agent;
}

export async function tokenOf(agent: ReturnType<typeof request.agent>, path = '/admin'): Promise<string> {
  return csrfFrom((await agent.get(path).expect(200)).text);
}
