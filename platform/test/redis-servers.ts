import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { eventually } from '@aula/platform/testing';
import { freePort } from './chat/postgres-cluster';

/**
 * Redis servers of a test's (or the soak's) own, from Debian's `redis-server` on free ports in a
 * temporary directory, so they can be stopped, restarted or clustered without touching the
 * shared server on 6379.
 */

/** The `redis-server` and `redis-cli` binaries, or undefined when Redis is not installed. */
export function redisBinaries(): { server: string; cli: string } | undefined {
  const dir = (process.env.PATH ?? '/usr/bin')
    .split(delimiter)
    .find((d) => existsSync(join(d, 'redis-server')) && existsSync(join(d, 'redis-cli')));
  return dir ? { server: join(dir, 'redis-server'), cli: join(dir, 'redis-cli') } : undefined;
}

/** One private redis-server. */
export interface TemporaryRedis {
  readonly port: number;
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  /** Stops the server at once (SIGKILL: clients see their sockets drop, as in a crash). */
  kill(): Promise<void>;
  /** Starts it again on the same port (with no data: persistence is off). */
  start(): Promise<void>;
  /** Stops it and removes its files. */
  close(): Promise<void>;
}

/** Starts one redis-server on a free port; `extra` adds command-line settings. */
export async function startTemporaryRedis(
  extra: string[] = [],
  dir = mkdtempSync(join(tmpdir(), 'aula-redis-')),
  owned = true,
): Promise<TemporaryRedis> {
  const bin = redisBinaries();
  if (!bin) throw new Error('redis-server was not found (apt-get install -y redis-server)');
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      bin.server,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--save',
        '',
        '--appendonly',
        'no',
        '--dir',
        dir,
        '--logfile',
        join(dir, `redis-${port}.log`),
        ...extra,
      ],
      { stdio: 'ignore' },
    );
    await eventually(
      async () => cli(bin.cli, port, ['ping']) === 'PONG',
      `redis-server on ${port}`,
      20_000,
    );
  };
  const kill = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    kill,
    start,
    async close() {
      await kill();
      if (owned) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A private Redis Cluster of three masters (no replicas). */
export interface TemporaryRedisCluster {
  /** `redis+cluster://127.0.0.1:<p1>,127.0.0.1:<p2>,127.0.0.1:<p3>` */
  readonly url: string;
  readonly nodes: readonly TemporaryRedis[];
  close(): Promise<void>;
}

/** Starts three cluster-enabled servers and joins them with `redis-cli --cluster create`. */
export async function startTemporaryRedisCluster(): Promise<TemporaryRedisCluster> {
  const bin = redisBinaries();
  if (!bin) throw new Error('redis-server was not found (apt-get install -y redis-server)');
  const dir = mkdtempSync(join(tmpdir(), 'aula-redis-cluster-'));
  const nodes: TemporaryRedis[] = [];
  try {
    for (let i = 0; i < 3; i += 1) {
      nodes.push(
        await startTemporaryRedis(
          [
            '--cluster-enabled',
            'yes',
            '--cluster-config-file',
            join(dir, `nodes-${i}.conf`),
            '--cluster-node-timeout',
            '2000',
          ],
          dir,
          false,
        ),
      );
    }
    const created = spawnSync(
      bin.cli,
      [
        '--cluster',
        'create',
        ...nodes.map((node) => `127.0.0.1:${node.port}`),
        '--cluster-replicas',
        '0',
        '--cluster-yes',
      ],
      { encoding: 'utf8' },
    );
    if (created.status !== 0)
      throw new Error(`redis-cli --cluster create failed: ${created.stderr || created.stdout}`);
    // Every node must agree that all slots are served before clients connect.
    for (const node of nodes) {
      await eventually(
        async () => /cluster_state:ok/.test(cli(bin.cli, node.port, ['cluster', 'info']) ?? ''),
        `cluster state of ${node.port}`,
        20_000,
      );
    }
  } catch (error) {
    for (const node of nodes) await node.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `redis+cluster://${nodes.map((node) => `127.0.0.1:${node.port}`).join(',')}`,
    nodes,
    async close() {
      for (const node of nodes) await node.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function cli(bin: string, port: number, args: string[]): string | undefined {
  const result = spawnSync(bin, ['-h', '127.0.0.1', '-p', String(port), ...args], {
    encoding: 'utf8',
  });
  return result.status === 0 ? result.stdout.trim() : undefined;
}
