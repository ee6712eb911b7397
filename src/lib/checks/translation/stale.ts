/**
 * A translation matches the current source, section by section. The
 * translated file records, per section, the hash of the source section it
 * was translated from (`translation.sections`, written by `svd translate
 * import` and `svd translated`); a section whose source changed since is
 * stale, with the lines that changed, and the others stay current. Older
 * files record one hash of the whole source file (`translation.sourceHash`):
 * any change to the source makes all of it stale. `sourceHash: pending`, or
 * no record at all, is treated as stale: nobody has said the two match.
 * Error, statutory, where an area covered is in Wales (paras 120, 163): a
 * Welsh page that says something the English no longer says is not the Welsh
 * version of the published strategy. Elsewhere a warning. A Welsh file is
 * taken to be the translation unless its English counterpart records that it
 * was itself translated from Welsh (`translation: { source: cy }`).
 */
import type { ProjectRule, RuleMeta, SvdDocument } from '../../engine/types.ts';
import { pairsOf } from '../../translate/pairs.ts';
import { documentStatus, lineList } from '../../translate/status.ts';
import { keyedHeadings } from '../sections.ts';
import { forDocument, forWelsh, frontmatterPlace } from '../shared.ts';
import { HASH_FORMAT, sourceHash } from './hash.ts';

const changed: RuleMeta = {
  id: 'translation/stale',
  severity: 'error',
  statutory: true,
  paragraph: '120, 163',
};

const unrecorded: RuleMeta = { ...changed, variant: 'unrecorded' };

const missing: RuleMeta = { ...changed, variant: 'missing' };

/** A section whose source changed since it was translated (words: rules/translation.json stale.section). */
const sectionChanged: RuleMeta = { ...changed, variant: 'section' };

/** A section with no record: new in the source, or never translated. */
const sectionMissing: RuleMeta = { ...changed, variant: 'sectionMissing' };

/** The older whole-file record: stale when any byte of the source changed. */
function wholeFile(document: SvdDocument, source: SvdDocument, report: Parameters<ProjectRule['check']>[1], project: Parameters<ProjectRule['check']>[0]) {
  const recorded = document.data?.translation?.sourceHash;
  const values = { source: source.path, file: document.path, recorded: recorded ?? '' };
  const place = frontmatterPlace(document, recorded === undefined ? 'translationKey' : 'sourceHash');
  let meta: RuleMeta | undefined;
  if (recorded === undefined) meta = missing;
  else if (!HASH_FORMAT.test(recorded)) meta = unrecorded;
  else if (recorded !== sourceHash(String(source.file.value))) meta = changed;
  if (meta) report(document.file, place, forDocument(forWelsh(meta, project), document), values);
}

export const translationStale: ProjectRule = {
  meta: changed,
  check(project, report) {
    for (const pair of pairsOf(project)) {
      const document = pair.target;
      if (!document?.data) continue;
      if (!document.data.translation?.sections) {
        wholeFile(document, pair.source, report, project);
        continue;
      }
      const status = documentStatus(project, pair);
      const headings = new Map(keyedHeadings(document.tree).map((k) => [k.key, k.heading]));
      for (const section of status.sections) {
        if (section.state === 'current') continue;
        const meta = section.state === 'missing' ? sectionMissing : sectionChanged;
        const heading = headings.get(section.key);
        const place = heading?.position?.start ?? frontmatterPlace(document, section.key === '_settings' ? 'title' : 'sections');
        const when = [section.date, section.by].filter(Boolean).join(', ');
        const lines = section.changed.map((u) => u.line);
        report(document.file, place, forDocument(forWelsh(meta, project), document), {
          title: section.title || section.key,
          key: section.key.startsWith('_') ? section.key : `#${section.key}`,
          source: pair.source.path,
          line: section.line,
          when: when ? ` (${when})` : '',
          lines: lineList(lines),
          file: document.path,
        });
      }
    }
  },
};
