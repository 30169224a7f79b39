import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

/** The package's tags: Vue leaves them to the browser instead of looking for Vue components. */
const isLicenseWidget = (tag: string) => tag.startsWith('license-') || tag === 'status-panel' || tag === 'system-events-table';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: isLicenseWidget } } })],
});
