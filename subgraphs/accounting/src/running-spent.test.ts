import { openTestDatabase } from '@aula/runtime/src/testing';
import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { balanceOf } from './balance';
import { rowsOf } from './db/query';
import { recordExternalUsage } from './external-usage';
import { allocateCredits } from './grants';
import { findLedgerViolations } from './invariants';
import { createLedgerBatcher } from './ledger-batch';
import { accountingModule } from './server';

const HAIKU = 'anthropic.claude-3-haiku-20240307-v1:0';
const LIMITS = { maxConcurrentStreams: 3, maxReservationSeconds: 900 };
const admin = { kind: 'admin', userId: randomUUID() } as const;

/** The migrations folder as it was before `tag` (its journal cut there). */
function migrationsBefore(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'aula-migrations-'));
  cpSync(accountingModule.migrationsFolder, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as {
    entries: Array<{ tag: string }>;
  };
  const cut = journal.entries.findIndex((entry) => entry.tag === tag);
  if (cut < 0) throw new Error(`no migration ${tag}`);
  journal.entries = journal.entries.slice(0, cut);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

describe("an account's running spent total (migration 0012)", () => {
  it('is filled in from the history when the migration runs, then kept by every charge', async () => {
    const database = await openTestDatabase();
    const before = migrationsBefore('0012_running_spent_total');
    try {
      // A ledger with history, written by the functions as they were before 0012.
      await database.migrate({ schema: 'accounting', migrationsFolder: before });
      const db = database.db;
      const [ada, bo] = [randomUUID(), randomUUID()];
      await db.transaction((tx) =>
        allocateCredits(tx, {
          userIds: [ada, bo],
          amount: 2_000_000n,
          expiresAt: null,
          note: null,
          granter: admin,
        }),
      );
      const ledger = createLedgerBatcher(db);
      const reserve = (userId: string, maxOutputTokens: number) =>
        ledger.reserve(
          {
            sessionId: randomUUID(),
            userId,
            modelId: HAIKU,
            estimatedInputTokens: 100,
            maxOutputTokens,
            clientKey: randomUUID(),
            expiresInSeconds: 300,
          },
          LIMITS,
        );
      const answer = async (userId: string, output: number) => {
        const made = await reserve(userId, 200);
        return ledger.settle(
          made.id,
          { inputTokens: 100, outputTokens: output },
          'FINALIZED',
          null,
        );
      };
      // One within the reservation, one beyond it (charged from what is available), for Ada.
      await answer(ada, 50);
      await answer(ada, 600);
      await recordExternalUsage(
        db,
        { userId: bo, microCredits: '12345', description: 'a worksheet', clientKey: 'k1' },
        { userId: admin.userId, apiKeyId: null },
      );
      const open = await reserve(bo, 100);

      await database.migrate({
        schema: 'accounting',
        migrationsFolder: accountingModule.migrationsFolder,
      });
      // 250 micro-credits a token: 150 tokens, then 700.
      expect((await balanceOf(db, ada)).spent).toBe(37_500n + 175_000n);
      const boNow = await balanceOf(db, bo);
      expect(boNow.spent).toBe(12_345n);
      expect(boNow.reserved).toBe(open.reserved);
      expect(await findLedgerViolations(db)).toEqual([]);

      // Afterwards every charge adds to it: a settlement, an external usage.
      await ledger.settle(open.id, { inputTokens: 10, outputTokens: 10 }, 'ABORTED', null);
      await answer(ada, 100);
      await recordExternalUsage(
        db,
        { userId: ada, microCredits: '5', description: 'a quiz', clientKey: 'k2' },
        { userId: admin.userId, apiKeyId: null },
      );
      expect((await balanceOf(db, bo)).spent).toBe(12_345n + 5_000n);
      expect((await balanceOf(db, bo)).reserved).toBe(0n);
      expect((await balanceOf(db, ada)).spent).toBe(37_500n + 175_000n + 50_000n + 5n);
      for (const person of [ada, bo]) {
        const b = await balanceOf(db, person);
        expect(b.granted).toBe(b.available + b.reserved + b.spent + b.expired);
      }
      expect(await findLedgerViolations(db)).toEqual([]);

      // A total that disagrees with the draws is reported, and the balance no longer adds up.
      await rowsOf(
        db,
        sql`update accounting.accounts set spent = spent + 1 where user_id = ${ada}`,
      );
      expect(await findLedgerViolations(db)).toEqual([
        `account: spent differs from what its draws charged: ${ada}`,
      ]);
      const off = await balanceOf(db, ada);
      expect(off.granted).not.toBe(off.available + off.reserved + off.spent + off.expired);
    } finally {
      rmSync(before, { recursive: true, force: true });
      await database.close();
    }
  });
});
