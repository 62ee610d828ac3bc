import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Runs `npm start`'s entry point with the given environment on free ports. */
function launch(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let output = '';
  // Node with tsx's loader, not the tsx CLI: the CLI relays a signal and kills the process
  // when it is not acknowledged within 30 ms, which a busy machine misses (exit 130).
  const entry = join(root, 'platform', 'src', 'embedded.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      LOG_LEVEL: 'warn',
      PORT: '0',
      AUTH_PORT: '0',
      ACCOUNTING_PORT: '0',
      CHAT_PORT: '0',
      MONITORING_PORT: '0',
      CONTENT_PORT: '0',
      GATEWAY_METRICS_PORT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function gatewayUrl(output: () => string, child: ChildProcess): Promise<string> {
  const until = Date.now() + 110_000;
  while (Date.now() < until) {
    const match = /GraphQL \(HTTP\)\s+(http:\/\/\S+)/.exec(output());
    if (match?.[1]) return match[1];
    if (child.exitCode !== null) throw new Error(`exited early:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`not ready in time:\n${output()}`);
}

describe('npm start (embedded mode)', () => {
  it('refuses a bad setting with one line naming the variable, before touching storage', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aula-embedded-'));
    const { child, output } = launch({ AULA_DATA_DIR: dataDir, PORT: 'eighty' });
    expect(await exitOf(child)).toBe(1);
    expect(output()).toContain('PORT: expected a port number (got "eighty")');
    expect(output()).not.toMatch(/\n\s+at /);
  });

  it('boots on a fresh data dir, stops cleanly on SIGINT, and starts again on the same data', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'aula-embedded-'));
    for (let run = 0; run < 2; run += 1) {
      const { child, output } = launch({ AULA_DATA_DIR: dataDir });
      const url = await gatewayUrl(output, child);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      expect(await response.json()).toEqual({ data: { me: null } });
      const exited = exitOf(child);
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    }
  }, 240_000);
});
