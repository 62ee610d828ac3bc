import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One service replica run as its own process (its standalone entry) on a fixed port. */
export class ServiceProcess {
  private child: ChildProcess | undefined;
  /** Peak resident memory seen across this replica's lives, in bytes. */
  peakBytes = 0;
  /** Times it exited without being asked to. */
  crashes = 0;
  /** Why it last exited without being asked to (the end of its log). */
  lastCrash = '';
  private stopping = false;
  private ready: (() => Promise<boolean>) | undefined;

  constructor(
    readonly name: string,
    private readonly entry: string,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logDir: string,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get running(): boolean {
    return Boolean(this.child && this.child.exitCode === null && this.child.signalCode === null);
  }

  /** Starts the process and resolves once `ready()` holds (or rejects if it exits first). */
  async start(ready: () => Promise<boolean>, timeoutMs = 180_000): Promise<void> {
    const log = openSync(join(this.logDir, `${this.name}.log`), 'a');
    const child = spawn(process.execPath, ['--import', 'tsx', this.entry], {
      env: { ...this.env, PORT: String(this.port) },
      stdio: ['ignore', log, log],
    });
    this.child = child;
    this.stopping = false;
    this.ready = ready;
    child.once('exit', (code, signal) => {
      if (this.stopping || this.child !== child) return;
      // As a Kubernetes restartPolicy does: count the crash and start it again.
      this.crashes += 1;
      this.lastCrash = `exit ${code ?? signal}: ${lastErrorLine(join(this.logDir, `${this.name}.log`))}`;
      setTimeout(() => {
        if (!this.stopping && this.ready) void this.start(this.ready).catch(() => undefined);
      }, 1000);
    });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.running) throw new Error(`${this.name} exited while starting (see its log)`);
      if (await ready().catch(() => false)) return;
      if (Date.now() > deadline) throw new Error(`${this.name} was not ready in time`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  /** Reads the kernel's high-water mark of resident memory (VmHWM). */
  sampleMemory(): void {
    if (!this.pid) return;
    try {
      const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      this.peakBytes = Math.max(this.peakBytes, kb * 1024);
    } catch {
      // Exited between the check and the read.
    }
  }

  /** SIGKILL (a crash) or SIGTERM (a graceful drain, as a rollout sends). */
  async stop(signal: 'SIGKILL' | 'SIGTERM' = 'SIGTERM', timeoutMs = 100_000): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    this.sampleMemory();
    this.stopping = true;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(timer);
  }
}

/** The first line of the last stack trace or error in a log, for the report. */
function lastErrorLine(file: string): string {
  try {
    const lines = readFileSync(file, 'utf8').split('\n');
    const errors = lines.filter((line) => /^\w*Error|^error:|Unhandled/.test(line));
    return errors.length ? errors[errors.length - 1]!.slice(0, 160) : 'no error in its log';
  } catch {
    return 'no log';
  }
}
