// Vue 3: render functions need no set-up; in templates tell the compiler the tags are custom elements:
//   app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('license-') || tag === 'status-panel';
import { defineComponent, h, ref } from 'vue';
import 'license-widgets';
import type { LicenseSelectEvent } from 'license-widgets';

export default defineComponent({
  name: 'LicensesPage',
  props: { endpoint: { type: String, required: true } },
  setup(props) {
    const selected = ref<string>();
    // Vue turns onLicenseSelect into a listener for the `license-select` DOM event.
    return () =>
      h('section', [
        h('license-list', {
          endpoint: props.endpoint,
          lang: 'nl',
          onLicenseSelect: (event: LicenseSelectEvent) => (selected.value = event.detail.moduleId),
        }),
        selected.value ? h('p', `Selected: ${selected.value}`) : null,
      ]);
  },
});
