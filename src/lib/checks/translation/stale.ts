/**
 * A translation matches the current source. The translated file records the
 * hash of the source it was made from (`translation.sourceHash`, written by
 * `npx svd translated`); when the source changes, the hashes differ and the
 * translation is stale. `sourceHash: pending`, or no record at all, is
 * treated as stale: nobody has said the two match.
 * Error, statutory, where an area covered is in Wales (paras 120, 163): a
 * Welsh page that says something the English no longer says is not the Welsh
 * version of the published strategy. Elsewhere a warning. A Welsh file is
 * taken to be the translation unless its English counterpart records that it
 * was itself translated from Welsh (`translation: { source: cy }`).
 */
import type { Lang, ProjectRule, RuleMeta, SvdDocument } from '../../engine/types.ts';
import { counterpart, forDocument, forWelsh, frontmatterPlace } from '../shared.ts';
import { HASH_FORMAT, sourceHash } from './hash.ts';

const changed: RuleMeta = {
  id: 'translation/stale',
  severity: 'error',
  statutory: true,
  paragraph: '120, 163',
};

const unrecorded: RuleMeta = { ...changed, variant: 'unrecorded' };

const missing: RuleMeta = { ...changed, variant: 'missing' };

/** The language this document was translated from, or undefined if it is a source. */
function sourceLang(project: Parameters<ProjectRule['check']>[0], document: SvdDocument): Lang | undefined {
  const own = document.data?.translation?.source;
  if (own && own !== document.lang) return own;
  if (document.lang !== 'cy') return undefined;
  const english = counterpart(project, document, 'en');
  return english?.data?.translation?.source === 'cy' ? undefined : 'en';
}

export const translationStale: ProjectRule = {
  meta: changed,
  check(project, report) {
    for (const document of project.documents) {
      if (!document.data) continue;
      const from = sourceLang(project, document);
      if (!from) continue;
      const source = counterpart(project, document, from);
      if (!source) continue;
      const recorded = document.data.translation?.sourceHash;
      const values = { source: source.path, file: document.path, recorded: recorded ?? '' };
      const place = frontmatterPlace(document, recorded === undefined ? 'translationKey' : 'sourceHash');
      let meta: RuleMeta | undefined;
      if (recorded === undefined) meta = missing;
      else if (!HASH_FORMAT.test(recorded)) meta = unrecorded;
      else if (recorded !== sourceHash(String(source.file.value))) meta = changed;
      if (meta) report(document.file, place, forDocument(forWelsh(meta, project), document), values);
    }
  },
};
