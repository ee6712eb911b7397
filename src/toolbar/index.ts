/**
 * The dev toolbar app that lists the open page's findings while an author
 * writes (`astro dev` only: the integration registers it for the dev
 * command alone, so a build never carries it). `findingsApp` is what
 * addDevToolbarApp takes; `serveFindings` answers the app from the dev
 * server's analysis.
 */
import { fileURLToPath } from 'node:url';
import type { DevToolbarAppEntry } from 'astro';
import { t } from '../lib/i18n.ts';

export { serveFindings } from './server.ts';

export const FINDINGS_APP_ID = 'svd-findings';

export const findingsApp: DevToolbarAppEntry = {
  id: FINDINGS_APP_ID,
  name: t('en', 'cli:toolbar.name'),
  icon: 'searchFile',
  entrypoint: fileURLToPath(new URL('./app.ts', import.meta.url)),
};
