/**
 * The findings app in the browser (dev only). It asks the dev server for
 * the open page's findings and draws them: each with its file:line, what is
 * wrong, how to fix it and the guidance paragraph, errors first. All the
 * words come from the server, already in the page's language, so no second
 * copy of the i18n resources reaches the browser. Text is set with
 * textContent only: a finding quotes the author's words, and they must
 * never be read as markup.
 */
import { defineToolbarApp } from 'astro/toolbar';
import { EVENTS } from './events.ts';
import type { PageFindings } from './findings.ts';


const STYLE = `
  ol { list-style: none; margin: 0; padding: 0; max-height: 60vh; overflow: auto; }
  li { border-top: 1px solid #343841; padding: 8px 0; }
  .head { display: flex; gap: 8px; align-items: center; }
  .where { font-family: monospace; font-size: 12px; opacity: 0.85; }
  .fix { margin-top: 4px; opacity: 0.85; }
  h2 { font-size: 16px; margin: 0 0 8px; }
`;

function element(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function draw(window: HTMLElement, data: PageFindings): void {
  const list = element('ol');
  for (const finding of data.findings) {
    const item = element('li');
    const head = element('div', undefined, 'head');
    const badge = document.createElement('astro-dev-toolbar-badge');
    badge.setAttribute('badge-style', finding.severity === 'error' ? 'red' : 'yellow');
    badge.textContent = finding.label;
    head.append(badge, element('span', finding.where, 'where'));
    item.append(head, element('div', `${finding.message} (${finding.rule}, ${finding.paragraph})`), element('div', `→ ${finding.fix}`, 'fix'));
    list.append(item);
  }
  window.replaceChildren(element('style', STYLE), element('h2', data.title), data.findings.length > 0 ? list : element('p', data.empty));
}

export default defineToolbarApp({
  init(canvas, app, server) {
    const window = document.createElement('astro-dev-toolbar-window');
    canvas.append(window);
    const ask = () => server.send(EVENTS.page, { pathname: location.pathname });
    server.on<PageFindings & { pathname: string }>(EVENTS.list, (data) => {
      if (data.pathname !== location.pathname) return;
      draw(window, data);
      const errors = data.findings.some((f) => f.severity === 'error');
      app.toggleNotification(data.findings.length > 0 ? { state: true, level: errors ? 'error' : 'warning' } : { state: false });
    });
    server.on(EVENTS.changed, ask);
    ask();
  },
});
