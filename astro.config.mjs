// Registers the Dossier integration; no logic here.
import { defineConfig } from 'astro/config';
import { dossier } from './src/integration/dossier.ts';

export default defineConfig({
  site: 'https://dossier.example.org',
  trailingSlash: 'always',
  integrations: [dossier()],
  build: { format: 'directory' },
});
