/**
 * "Nothing leaks from the built site", in the build: Astro's CSP turned on
 * with our policy (csp.ts), and, as the last step before the staged site is
 * published, the pages read back (audit.ts). A leak or a broken internal link
 * fails the build, so the stage is never swapped into place; the external
 * links are listed in the build report; the host headers file goes beside
 * the pages.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../i18n.ts';
import { auditSite, type SiteAudit } from './audit.ts';
import { cspConfig, headersFile } from './csp.ts';

/** The build report's lines for one audit (English: the build's own language, as cli.json's lines are). */
export function reportLines(audit: SiteAudit): string[] {
  const lines: string[] = [];
  const problems = audit.leaks.length + audit.broken.length;
  if (problems > 0) {
    lines.push(t('en', 'safety:audit.failed', { count: problems }));
    for (const leak of audit.leaks) lines.push(t('en', 'safety:audit.leak', { ...leak }));
    for (const link of audit.broken) lines.push(t('en', `safety:audit.${link.reason}`, { page: link.page, href: link.href }));
    if (audit.leaks.length > 0) lines.push(t('en', 'safety:audit.hint'));
    return lines;
  }
  lines.push(t('en', 'safety:audit.passed', { pages: audit.pages }));
  if (audit.external.size === 0) lines.push(t('en', 'safety:external.none'));
  else lines.push(t('en', 'safety:external.heading', { count: audit.external.size }));
  for (const [url, pages] of audit.external) lines.push(t('en', 'safety:external.line', { url, count: pages.length, page: pages[0]! }));
  return lines;
}

export class SiteLeaks extends AstroError {
  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.name = 'SiteLeaks';
  }
}

/**
 * The last step before the staged site is published (after search and the
 * bundle's downloads are in it): read it back, refuse it on any leak or
 * broken link, list its external links, and write the headers file.
 */
export function checkSite(siteDir: string, where: { base: string; site?: string }, log: (line: string) => void): SiteAudit {
  const audit = auditSite(siteDir, where);
  const lines = reportLines(audit);
  if (audit.leaks.length + audit.broken.length > 0) throw new SiteLeaks(lines);
  // Astro lists the whole site's script hashes on every page, so there is one policy to repeat.
  const [policy = ''] = audit.policies.keys();
  writeFileSync(join(siteDir, '_headers'), headersFile(policy, where.base));
  for (const line of lines) log(line);
  return audit;
}

/** Astro's own CSP meta tag in every page, with our policy (csp.ts). */
export default function svdSafety(): AstroIntegration {
  return {
    name: 'svd-safety',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ security: { csp: cspConfig() } });
      },
    },
  };
}
