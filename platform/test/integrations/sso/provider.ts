import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** What the local OpenID provider knows. */
export interface ProviderFixtureSettings {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Aula's callback, as registered at the provider. */
  readonly redirectUri: string;
  /** Accounts by login: their claims (`email`, `email_verified`, `name`, `groups` …). */
  readonly accounts: Readonly<Record<string, Record<string, unknown>>>;
  /** A fixed port (to start it again at the same issuer); a free one when unset. */
  readonly port?: number;
}

/** A running `oidc-provider`. */
export interface ProviderFixture {
  readonly issuer: string;
  stop(): Promise<void>;
}

/** Starts `provider-server.mjs` (a real `oidc-provider`) on a loopback port. */
export async function startOpenIdProvider(
  settings: ProviderFixtureSettings,
): Promise<ProviderFixture> {
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, 'provider-server.mjs')], {
    env: { ...process.env, OIDC_FIXTURE: JSON.stringify(settings), DEBUG: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const issuer = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve((JSON.parse(line) as { issuer: string }).issuer));
    child.once('exit', (code) => reject(new Error(`oidc-provider exited (${code})`)));
  });
  return {
    issuer,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * A browser without a screen: keeps cookies and follows redirects one by one, so a test can
 * stop at Aula's callback and decide what to do with it.
 */
export class TestBrowser {
  private readonly cookies = new Map<string, Map<string, string>>();

  /** GET `url` without following redirects; returns the status, `Location` and body. */
  async get(url: string) {
    return this.send(url, { method: 'GET' });
  }

  /** POSTs a form. */
  async post(url: string, form: Record<string, string>) {
    return this.send(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  }

  /**
   * Goes through the provider from its authorization URL: signs in as `login` on its login
   * form, accepts its consent form, and returns the URL it redirects to at `callbackPrefix`
   * (Aula's callback), without opening it.
   */
  async signInAtProvider(authorizationUrl: string, login: string, callbackPrefix: string) {
    let next: string = authorizationUrl;
    for (let step = 0; step < 20; step++) {
      if (next.startsWith(callbackPrefix)) return next;
      const page = await this.get(next);
      if (page.location) {
        next = new URL(page.location, next).href;
        continue;
      }
      const action = /<form[^>]*action="([^"]+)"/.exec(page.body)?.[1];
      if (page.status !== 200 || !action) {
        throw new Error(`the provider answered ${page.status}: ${page.body.slice(0, 300)}`);
      }
      const isLogin = page.body.includes('name="login"');
      const submitted = await this.post(
        new URL(action, next).href,
        isLogin
          ? { prompt: 'login', login, password: 'any password works here' }
          : { prompt: 'consent' },
      );
      if (!submitted.location) throw new Error(`the form answered ${submitted.status}`);
      next = new URL(submitted.location, next).href;
    }
    throw new Error('the provider never sent the browser back');
  }

  private async send(url: string, init: RequestInit) {
    const origin = new URL(url).origin;
    const jar = this.cookies.get(origin) ?? new Map<string, string>();
    this.cookies.set(origin, jar);
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (/expires=Thu, 01 Jan 1970/i.test(line) || /max-age=0/i.test(line) || !value) {
        jar.delete(name);
      } else {
        jar.set(name, value);
      }
    }
    return {
      status: response.status,
      location: response.headers.get('location') ?? undefined,
      body: await response.text(),
    };
  }
}
