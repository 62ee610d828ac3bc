/**
 * Reports breaking changes of the published API (`schema/api.graphql`) against a base commit
 * (`SCHEMA_BASE_REF`, default `HEAD~1`), using GraphQL Inspector's diff. A breaking change
 * passes only when the same range adds a line to `schema/BREAKING.md` naming its schema
 * coordinate in backticks (`Query.users`, `UserPage`, `Query.users.offset`): a change to the
 * public API is then deliberate and written down for integrators. Exits 1 otherwise.
 */
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';

const API = 'schema/api.graphql';
const LEDGER = 'schema/BREAKING.md';

/** The coordinate a change is acknowledged by: its path, or its message when it has none. */
export const coordinateOf = (change: Change) => change.path ?? change.message;

/** Backticked coordinates on lines the range added to BREAKING.md. */
export function acknowledgedIn(addedLines: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const line of addedLines) {
    for (const match of line.matchAll(/`([^`]+)`/g)) names.add(match[1]!);
  }
  return names;
}

/** Breaking changes between two SDL texts, and which of them no added line acknowledges. */
export async function checkBreaking(
  before: string,
  after: string,
  addedLines: readonly string[],
): Promise<{ changes: Change[]; unacknowledged: Change[] }> {
  const changes = await diff(buildSchema(before), buildSchema(after));
  const acknowledged = acknowledgedIn(addedLines);
  const unacknowledged = changes.filter(
    (change) =>
      change.criticality.level === CriticalityLevel.Breaking &&
      !acknowledged.has(coordinateOf(change)),
  );
  return { changes, unacknowledged };
}

function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  const root = join(__dirname, '..');
  const base = process.env.SCHEMA_BASE_REF || 'HEAD~1';
  if (git(root, ['rev-parse', '--verify', '--quiet', `${base}^{commit}`]) === null) {
    console.log(`schema check: no commit ${base} to compare with; nothing to check.`);
    return 0;
  }
  const before = git(root, ['show', `${base}:${API}`]);
  if (before === null) {
    console.log(`schema check: ${base} has no ${API}; nothing to check.`);
    return 0;
  }
  const after = readFileSync(join(root, API), 'utf8');
  // Lines the range (and the working tree) added to the ledger of deliberate breaks.
  const ledgerBefore = new Set((git(root, ['show', `${base}:${LEDGER}`]) ?? '').split('\n'));
  const ledgerNow = existsSync(join(root, LEDGER)) ? readFileSync(join(root, LEDGER), 'utf8') : '';
  const added = ledgerNow.split('\n').filter((line) => !ledgerBefore.has(line));

  const { changes, unacknowledged } = await checkBreaking(before, after, added);
  const safe = changes.filter(
    (change) => change.criticality.level === CriticalityLevel.NonBreaking,
  );
  console.log(
    `schema check: ${changes.length} change(s) of ${API} since ${base}, ${safe.length} of them safe`,
  );
  for (const change of changes) {
    if (change.criticality.level === CriticalityLevel.NonBreaking) continue;
    const note = unacknowledged.includes(change)
      ? 'breaking, NOT ACKNOWLEDGED'
      : change.criticality.level === CriticalityLevel.Breaking
        ? 'breaking, acknowledged'
        : 'dangerous';
    console.log(`  ${note}: ${change.message}`);
  }
  if (unacknowledged.length === 0) return 0;
  console.error(
    `\n${unacknowledged.length} breaking change(s) are not acknowledged. If they are deliberate, ` +
      `add an entry to ${LEDGER} naming each of these coordinates in backticks:\n` +
      unacknowledged.map((change) => `  \`${coordinateOf(change)}\``).join('\n'),
  );
  return 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
