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
  message: {
    en: '{source} has changed since this translation was recorded, so this version may no longer say the same thing.',
    cy: "Mae {source} wedi newid ers cofnodi'r cyfieithiad hwn, felly efallai nad yw'r fersiwn hon yn dweud yr un peth mwyach.",
  },
  fix: {
    en: 'Update this translation to match {source}, then run: npx svd translated {file}',
    cy: "Diweddarwch y cyfieithiad hwn i gyd-fynd â {source}, yna rhedwch: npx svd translated {file}",
  },
};

const RECORD_FIX = {
  en: 'When this translation matches {source}, run: npx svd translated {file}',
  cy: "Pan fydd y cyfieithiad hwn yn cyfateb i {source}, rhedwch: npx svd translated {file}",
};

const unrecorded: RuleMeta = {
  ...changed,
  message: {
    en: 'This translation\'s sourceHash is "{recorded}", not a record made by npx svd translated, so nothing says which version of {source} it matches.',
    cy: "sourceHash y cyfieithiad hwn yw \"{recorded}\", nid cofnod a wnaed gan npx svd translated, felly nid oes dim yn dweud pa fersiwn o {source} y mae'n cyfateb iddi.",
  },
  fix: RECORD_FIX,
};

const missing: RuleMeta = {
  ...changed,
  message: {
    en: 'This file does not record which version of {source} it translates: its settings have no translation: sourceHash.',
    cy: "Nid yw'r ffeil hon yn cofnodi pa fersiwn o {source} y mae'n ei chyfieithu: nid oes translation: sourceHash yn ei gosodiadau.",
  },
  fix: RECORD_FIX,
};

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
