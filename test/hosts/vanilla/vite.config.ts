import { defineConfig } from 'vite';

// The app is index.html; the pages in entries/ are built one at a time by measure-entries.mjs.
export default defineConfig({
  build: { outDir: 'dist/app' },
});
