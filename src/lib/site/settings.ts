/**
 * The few site settings Astro's own config needs (site URL, base path),
 * read from content/site.yaml without failing: a broken site.yaml is reported
 * by the analysis engine with its line and a fix, not by the config loader.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface AstroSettings {
  site: string | undefined;
  base: string;
  brandColour: string;
}

export function readAstroSettings(root: string): AstroSettings {
  let raw: { site?: { url?: unknown; base?: unknown }; partnership?: { brandColour?: unknown } } = {};
  try {
    raw = parse(readFileSync(join(root, 'content', 'site.yaml'), 'utf8')) ?? {};
  } catch {
    // Reported properly by the engine.
  }
  const url = typeof raw.site?.url === 'string' && /^https?:\/\//.test(raw.site.url) ? raw.site.url : undefined;
  const base = typeof raw.site?.base === 'string' && raw.site.base.startsWith('/') ? raw.site.base : '/';
  const colour = typeof raw.partnership?.brandColour === 'string' && /^#[0-9a-f]{6}$/i.test(raw.partnership.brandColour) ? raw.partnership.brandColour : '#1d5c63';
  return { site: url, base, brandColour: colour };
}
