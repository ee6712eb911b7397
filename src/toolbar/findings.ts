/**
 * The pure part of the dev toolbar app: which findings belong to the page
 * open in the browser. A page's address is its document's address
 * (site/routes.ts, as the pages are built), so its findings are that
 * document's, in the page's language, plus anything wrong with site.yaml,
 * which every page shows. Runs on the dev server, never in the browser: the
 * app there only draws what this returns.
 */
import type { Analysis } from '../lib/engine/analyse.ts';
import type { Lang, SvdDocument } from '../lib/engine/types.ts';
import { t } from '../lib/i18n.ts';
import { defaultSlug, documentPath } from '../lib/site/routes.ts';

export interface PageFinding {
  severity: 'error' | 'warning';
  /** The severity as the page's language says it ("gwall"). */
  label: string;
  rule: string;
  /** file:line:column, as `svd check` prints it. */
  where: string;
  message: string;
  fix: string;
  /** "guidance para 154b", in the page's language. */
  paragraph: string;
}

export interface PageFindings {
  /** The heading of the app's window, e.g. "content/strategy/en/index.mdx: 2 errors, 1 warning". */
  title: string;
  /** What to show when the list is empty. */
  empty: string;
  findings: PageFinding[];
}

/** The address a document is published at, as the built pages use it. */
export function addressOf(document: SvdDocument, base: string): string | undefined {
  if (!document.data) return undefined;
  const file = document.path.split('/').at(-1)!.replace(/\.mdx?$/, '');
  return documentPath(base, document.data.lang, defaultSlug(document.collection, file, document.data.slug));
}

const trailing = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** The document published at `pathname`, if the page is one. */
export function documentAt(analysis: Analysis, pathname: string): SvdDocument | undefined {
  const base = analysis.project.site?.site.base ?? '/';
  const wanted = trailing(decodeURI(pathname));
  return analysis.project.documents.find((document) => addressOf(document, base) === wanted);
}

/** The language of a page: its document's, else the first part of its address, else English. */
function pageLang(analysis: Analysis, pathname: string, document: SvdDocument | undefined): Lang {
  if (document?.data) return document.data.lang;
  const base = (analysis.project.site?.site.base ?? '/').replace(/\/+$/, '');
  return pathname.slice(base.length).startsWith('/cy/') || pathname.slice(base.length) === '/cy' ? 'cy' : 'en';
}

/** The findings for the page at `pathname`, worded in the page's language. */
export function pageFindings(analysis: Analysis, pathname: string): PageFindings {
  const document = documentAt(analysis, pathname);
  const lang = pageLang(analysis, pathname, document);
  const files = new Set([analysis.project.siteFile.path, ...(document ? [document.path] : [])]);
  const findings: PageFinding[] = [];
  analysis.messages.forEach((message, i) => {
    const finding = analysis.findings[i]!;
    if (!files.has(finding.file)) return;
    findings.push({
      severity: finding.severity,
      label: t(lang, `cli:severity.${finding.severity}`),
      rule: finding.rule,
      where: `${finding.file}:${finding.line}:${finding.column}`,
      message: message.text[lang],
      fix: message.fixText[lang],
      paragraph: t(lang, 'cli:toolbar.paragraph', { paragraph: finding.paragraph }),
    });
  });
  // Errors first: they are what stops the build.
  findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const counts = `${t(lang, 'cli:summary.errors', { count: errors })}, ${t(lang, 'cli:summary.warnings', { count: findings.length - errors })}`;
  return {
    title: document ? t(lang, 'cli:toolbar.title', { file: document.path, counts }) : t(lang, 'cli:toolbar.noDocument', { counts }),
    empty: t(lang, 'cli:toolbar.empty'),
    findings,
  };
}
