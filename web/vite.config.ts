import { defineConfig } from 'vite';

// No React plugin: esbuild's automatic JSX runtime is all the app needs, and it keeps
// the build free of Babel. The dev server proxies the API to a running gateway.
const gateway = process.env.AULA_GATEWAY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    // The playground's Monaco and GraphiQL are loaded on demand, in chunks larger than the
    // default warning threshold.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      onwarn(warning, warn) {
        // GraphiQL's dependencies mark their modules "use client" (a React Server Components
        // hint that means nothing in a browser bundle).
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        if (warning.code === 'SOURCEMAP_ERROR') return;
        warn(warning);
      },
    },
  },
  // Monaco's language workers (GraphiQL's editors) are code-split ES module workers.
  worker: { format: 'es' },
  server: {
    proxy: { '/graphql': { target: gateway, ws: true }, '/uploads': { target: gateway } },
  },
});
