/**
 * Links and paths that only work inside an organisation: UNC paths
 * (\\server\share), drive letters (S:\Shared\...), file:// links, and links
 * to SharePoint, OneDrive, Teams, Google Drive, Dropbox, intranet or
 * private-network hosts. They reveal internal systems, and the documents
 * behind them were never meant for the public.
 */
import type { RuleMeta } from '../engine/types.ts';
import { ALL_TEXT, detector, eachMatch } from './detector.ts';

export const meta: RuleMeta = {
  id: 'redaction/internal-link',
  severity: 'error',
  paragraph: '41b',
};

const PATTERNS = new RegExp(
  [
    // \\server\share (Markdown turns the first backslash pair into one).
    "(?<![\\w\\\\])\\\\{1,2}[A-Za-z0-9][\\w.$-]*\\\\[^\\s<>\"'`)]+",
    "(?<![\\w])[A-Za-z]:\\\\[^\\s<>\"'`)]+",
    "\\bfile:\\/{2,3}[^\\s<>\"'`)]+",
    "(?:https?:\\/\\/)?[\\w.-]*(?:sharepoint\\.com|sharepoint\\.[a-z]{2,3}(?:\\.[a-z]{2})?|onedrive\\.live\\.com|1drv\\.ms|teams\\.microsoft\\.com|drive\\.google\\.com|docs\\.google\\.com|dropbox\\.com|box\\.com\\/s)(?:[/?#][^\\s<>\"'`)]*)?",
    "https?:\\/\\/(?:(?:intranet|intra|internal|staffnet|insite|inside|portal|fileserver|files|sp|share|wiki|confluence|jira|teams)\\.[\\w.-]+|[\\w-]+(?::\\d+)?(?=[/:?#\\s]|$)|[\\w.-]+\\.(?:local|internal|intranet|corp|lan|home|pnn\\.police\\.uk|gsi\\.gov\\.uk|gcsx\\.gov\\.uk|cjsm\\.net|nhs\\.wales\\.local)|(?:10|127)\\.\\d+\\.\\d+\\.\\d+|192\\.168\\.\\d+\\.\\d+|172\\.(?:1[6-9]|2\\d|3[01])\\.\\d+\\.\\d+|localhost)(?:[/:?#][^\\s<>\"'`)]*)?",
  ].join('|'),
  'gi',
);

export const internalLink = detector(meta, ({ segments, emit }) => {
  eachMatch(segments, ALL_TEXT, PATTERNS, (segment, match) => {
    const text = match[0].replace(/[.,;:]+$/, '');
    emit(segment, match.index, match.index + text.length);
  }, /\\|:\/\/|sharepoint|onedrive|1drv|teams\.microsoft|google\.com|dropbox|box\.com/);
});
