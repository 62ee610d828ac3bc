#!/usr/bin/env node
// Fails when the workspace packages do not form a tree: a package imports an @aula package it
// does not declare, or the declared dependencies (dev ones included) contain a cycle. The
// intended order is runtime ← subgraphs ← gateway/platform (STYLE.md, issue 10).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces;
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const IMPORT = /(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"](@aula\/[a-z0-9-]+)/g;

const packages = new Map();
for (const dir of workspaces) {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
  const declared = new Set(
    Object.keys({
      ...manifest.dependencies,
      ...manifest.devDependencies,
      ...manifest.peerDependencies,
    }).filter((name) => name.startsWith('@aula/')),
  );
  packages.set(manifest.name, { dir, declared, imports: new Map() });
}

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (SOURCE.test(entry)) yield path;
  }
}

const problems = [];
for (const [name, pkg] of packages) {
  for (const file of sourceFiles(join(root, pkg.dir))) {
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = match[1];
      if (target === name) continue;
      if (!packages.has(target))
        problems.push(`${relative(root, file)} imports unknown package ${target}`);
      else if (!pkg.declared.has(target))
        problems.push(`${relative(root, file)} imports ${target}, which ${name} does not declare`);
    }
  }
}

// Depth-first search over declared edges; report each cycle once by its path.
const state = new Map();
function visit(name, path) {
  state.set(name, 'open');
  for (const next of packages.get(name)?.declared ?? []) {
    if (state.get(next) === 'open')
      problems.push(
        `cycle: ${[...path, name, next].slice(path.indexOf(next) >= 0 ? path.indexOf(next) : 0).join(' → ')}`,
      );
    else if (!state.has(next)) visit(next, [...path, name]);
  }
  state.set(name, 'done');
}
for (const name of packages.keys()) if (!state.has(name)) visit(name, []);

if (problems.length) {
  console.error(`The workspace packages do not form a tree:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const order = [...packages].map(
  ([name, { declared }]) => `${name} ← ${[...declared].join(', ') || '(none)'}`,
);
console.log(
  `Package tree OK (${packages.size} packages, no cycles, every @aula import declared):\n  ${order.join('\n  ')}`,
);
