import { createApp } from 'vue';
import LicensesPage from './LicensesPage.vue';

createApp(LicensesPage, { endpoint: '/demo-api/normal' }).mount('#app');
