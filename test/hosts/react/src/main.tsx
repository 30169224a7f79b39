import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LicensesPage } from './licenses-page';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <LicensesPage endpoint="/demo-api/normal" />
    </StrictMode>,
  );
}
