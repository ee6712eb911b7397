// The virtual modules the integration serves to pages (src/lib/build/virtual.ts).
declare module 'virtual:svd/root' {
  export const contentRoot: string;
}

declare module 'virtual:svd/project' {
  import type { Coverage } from '../lib/checks/coverage.ts';
  import type { SiteConfig } from '../lib/schema/site.ts';
  export const contentRoot: string;
  /** null only when site.yaml is invalid, and then the build has already stopped. */
  export const site: SiteConfig | null;
  /** Each declared headline figure (content/data/*.yaml) as each language writes it. */
  export const figures: Record<string, { en: string; cy: string }>;
  /** Each language's coverage; in a build it waits for the analysis, which runs while the pages render. */
  export function coverageFor(lang: 'en' | 'cy'): Promise<Coverage>;
}
