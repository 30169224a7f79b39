import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

/** The package's tags: Vue leaves them to the browser instead of looking for Vue components. */
const LICENSE_WIDGETS = ['license-screen', 'license-list', 'license-detail', 'status-panel', 'system-events-table'];

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => LICENSE_WIDGETS.includes(tag) } } })],
});
