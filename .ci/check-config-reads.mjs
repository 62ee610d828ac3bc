#!/usr/bin/env node
// Fails when a workspace package reads the environment outside its configuration module.
// Settings are parsed once, in `config.ts` (STYLE.md habit 3), so every one has a name that
// follows the naming rule, a documented default and a clear error; everything else takes typed
// options. Tests, test kits (`testing.ts`, `testing/`), benchmarks and soaks, scripts and tool configs
// (`vite.config.ts`) may read what they need.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces;
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const EXCLUDED_DIRS = new Set([
  'node_modules',
  'dist',
  'test',
  'testing',
  'scripts',
  'bench',
  'soak',
]);
const READ = /\bprocess\s*(?:\.\s*env\b|\[\s*['"]env['"]\s*\])|\bimport\.meta\.env\b/;

const isConfigModule = (file) =>
  basename(file) === 'config.ts' || /\.config\.[cm]?[jt]s$/.test(file);
const isTestCode = (file) => /\.test\.tsx?$/.test(file) || basename(file) === 'testing.ts';

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir)) {
    if (EXCLUDED_DIRS.has(entry) || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (SOURCE.test(entry)) yield path;
  }
}

const problems = [];
let checked = 0;
for (const dir of workspaces) {
  for (const file of sourceFiles(join(root, dir))) {
    if (isConfigModule(file) || isTestCode(file)) continue;
    checked += 1;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (READ.test(line)) problems.push(`${relative(root, file)}:${index + 1}: ${line.trim()}`);
      });
  }
}

if (problems.length) {
  console.error(
    `The environment is read outside config.ts (parse it there and pass typed options):\n  ${problems.join('\n  ')}`,
  );
  process.exit(1);
}
console.log(
  `Configuration reads OK: ${checked} source files read no environment outside config.ts.`,
);
