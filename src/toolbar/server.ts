/**
 * The dev server's side of the findings app: when the app asks for a page
 * (on opening, and again after content changes), answer with that page's
 * findings from the integration's latest analysis. Messages travel over
 * Astro's toolbar channel (Vite's HMR socket), so no route is added to the
 * site.
 */
import type { Analysis } from '../lib/engine/analyse.ts';
import { EVENTS } from './events.ts';
import { pageFindings } from './findings.ts';
import { afterBurst } from '../lib/content/saves.ts';

/** The toolbar helpers Astro passes to astro:server:setup (only what is used here). */
export interface ToolbarChannel {
  send: <T>(event: string, payload: T) => void;
  on: <T>(event: string, callback: (data: T) => void) => void;
}


/**
 * Answer the app. `watcher` is the dev server's file watcher: after a change
 * under content/ the app is told to ask again, later than the integration's
 * own re-analysis starts, so `current()` gives the new findings.
 */
export function serveFindings(toolbar: ToolbarChannel, current: () => Analysis, watcher: { on(event: 'all', listener: (event: string, path: string) => void): unknown }, content: string): void {
  toolbar.on<{ pathname: string }>(EVENTS.page, ({ pathname }) => toolbar.send(EVENTS.list, { pathname, ...pageFindings(current(), pathname) }));
  const refresh = afterBurst(() => toolbar.send(EVENTS.changed, {}), 300);
  watcher.on('all', (_event, path) => {
    if (path.startsWith(content)) refresh.changed();
  });
}
