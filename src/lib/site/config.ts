/**
 * The validated site config for page templates. The build has already run the
 * analysis (which reports a broken config properly), so here a broken config
 * is a programming error.
 */
import { loadSite } from '../content/load.ts';
import { createReport } from '../engine/report.ts';
import { requiresWelsh, type SiteConfig } from '../schema/site.ts';
import type { Lang } from '../engine/types.ts';
import { contentRoot } from './paths.ts';

let cached: SiteConfig | undefined;

export function siteConfig(): SiteConfig {
  if (!cached) {
    const { site, siteFile } = loadSite(contentRoot(), createReport());
    if (!site) throw new Error(`content/site.yaml is not valid: ${siteFile.messages.map((m) => m.reason).join('; ')}`);
    cached = site;
  }
  return cached;
}

/** Welsh is built where the law requires it, or where the partnership has written any Welsh. */
export function siteLanguages(site: SiteConfig, hasWelshContent: boolean): Lang[] {
  return requiresWelsh(site) || hasWelshContent ? ['en', 'cy'] : ['en'];
}

export function localised(text: { en: string; cy?: string | undefined }, lang: Lang): string {
  return lang === 'cy' && text.cy ? text.cy : text.en;
}
