import { defineConfig } from 'vite';

// No React plugin: esbuild's automatic JSX runtime is all the app needs, and it keeps
// the build free of Babel. The dev server proxies the API to a running gateway.
const gateway = process.env.AULA_GATEWAY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022' },
  server: { proxy: { '/graphql': { target: gateway, ws: true } } },
});
