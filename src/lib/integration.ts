/**
 * The Astro glue: run the analysis engine before Astro reads any content, and
 * again in `astro dev` whenever content changes. Deliberately thin; all the
 * logic is in the engine.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { relative } from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { remarkHeadingKeys, viteHeadingKeys } from './content/heading-keys.ts';
import { rehypeTables } from './markdown/rehype-tables.ts';
import { rehypeTel } from './markdown/rehype-tel.ts';
import { rehypeSafe } from './safety/rehype-safe.ts';
import { remarkSafeMdx } from './safety/safe-mdx.ts';
import { analyse, type Analysis } from './engine/analyse.ts';
import { formatHuman } from './engine/format.ts';
import { t } from './i18n.ts';
import { contentRoot } from './site/paths.ts';

function print(analysis: Analysis, logger: AstroIntegrationLogger): void {
  const text = formatHuman(analysis, 'en');
  if (analysis.errors > 0) logger.error(`\n${text}`);
  else if (analysis.warnings > 0) logger.warn(`\n${text}`);
  else logger.info(text);
}

export class PublicationBlocked extends AstroError {
  constructor(analysis: Analysis) {
    super(t('en', 'cli:blocked.message', { count: analysis.errors }), t('en', 'cli:blocked.hint'));
    this.name = 'PublicationBlocked';
  }
}

export default function svdPublisher(): AstroIntegration {
  let mode: string | undefined;
  return {
    name: 'svd-publisher',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        mode = command;
        // The same heading-key handling the analysis engine uses, so ids match keys;
        // the safe-MDX refusal runs first, so no content ever compiles to code.
        updateConfig({
          vite: { plugins: [viteHeadingKeys()] },
          markdown: { processor: unified({ remarkPlugins: [remarkSafeMdx, remarkHeadingKeys], rehypePlugins: [rehypeSafe, rehypeTables, rehypeTel] }) },
        });
        // `svd build` has already analysed and printed; a bare `astro build` has not.
        if (command !== 'build' || process.env.SVD_ANALYSED === '1') return;
        const analysis = analyse(contentRoot());
        print(analysis, logger);
        if (analysis.errors > 0) throw new PublicationBlocked(analysis);
      },
      'astro:server:setup': ({ server, logger }) => {
        // Astro also starts a Vite server inside `astro build`; only `astro dev` watches.
        if (mode !== 'dev') return;
        const root = contentRoot();
        const run = () => print(analyse(root), logger);
        run();
        let timer: NodeJS.Timeout | undefined;
        server.watcher.add(`${root}/content`);
        server.watcher.on('all', (_event, path) => {
          const inside = relative(`${root}/content`, path);
          if (inside.startsWith('..')) return;
          clearTimeout(timer);
          timer = setTimeout(run, 150);
        });
      },
    },
  };
}
