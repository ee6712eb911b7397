/**
 * The app's own install folder, checked before a build starts. Content
 * folders may have any name (build/config.ts links them into Astro's root),
 * but the app's folder is Vite's project root: Vite cannot load modules from
 * a path with "#" (the build stops with a stack trace), and with "%" Astro
 * links pages to stylesheets under a differently encoded name (the built
 * site's own check then refuses it, safety/audit.ts). Saying so first, in
 * plain words, beats either.
 */
import { t } from '../i18n.ts';
import type { Lang } from '../engine/types.ts';

/** The plain-words problem with building from `dir`, or undefined when it can be built from. */
export function appPathProblem(dir: string, lang: Lang = 'en'): string | undefined {
  const character = /[#%]/.exec(dir)?.[0];
  return character === undefined ? undefined : t(lang, 'safety:appPath', { character, dir });
}
