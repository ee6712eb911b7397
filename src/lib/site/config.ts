/**
 * The validated site config for page templates, from the integration's one
 * analysis (virtual:svd/project). The build has already stopped on a broken
 * config (reported properly, with its line), so here it is a programming error.
 */
import { site } from 'virtual:svd/project';
import { requiresWelsh, type SiteConfig } from '../schema/site.ts';
import type { Lang } from '../engine/types.ts';

export function siteConfig(): SiteConfig {
  if (!site) throw new Error('content/site.yaml is not valid, so there is no site to build (svd check says why).');
  return site;
}

/** Welsh is built where the law requires it, or where the partnership has written any Welsh. */
export function siteLanguages(site: SiteConfig, hasWelshContent: boolean): Lang[] {
  return requiresWelsh(site) || hasWelshContent ? ['en', 'cy'] : ['en'];
}

export function localised(text: { en: string; cy?: string | undefined }, lang: Lang): string {
  return lang === 'cy' && text.cy ? text.cy : text.en;
}
