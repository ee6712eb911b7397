/**
 * The shared vocabulary of the analysis engine. A rule (a statutory check or a
 * redaction detector) is metadata plus one pure function; every finding it
 * makes is a vfile message carrying that metadata, so the build, the CLI and
 * the dev server all report the same thing the same way.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { SiteConfig } from '../schema/site.ts';
import type { DocumentData } from '../schema/document.ts';

export type Severity = 'error' | 'warning';
export type Lang = 'en' | 'cy';

/** Text in both languages, as read from locales/ (src/lib/i18n.ts `both`). */
export interface Localised {
  en: string;
  cy: string;
}

export interface RuleMeta {
  /** Stable id, `area/name`, e.g. `strategy/governance` or `redaction/phone`. */
  id: string;
  severity: Severity;
  /** Paragraph(s) of the statutory guidance (or the law or standard) the rule comes from. */
  paragraph: string;
  /**
   * The words live in locales/{en,cy}/rules/<area>.json under the rule's
   * name (`strategy/governance` -> rules/strategy.json "governance"), as
   * `message` (what is wrong, plain words) and `fix` (how to fix it), with
   * i18next {{placeholders}} filled from the finding's values. A variant
   * (another wording of the same rule) is a child entry of that name; a
   * variant without its own `fix` uses the rule's.
   */
  variant?: string;
  /** The resource holding the message and fix when they are a shared wording, e.g. `rules/sections:strategy.missing`. */
  words?: string;
  /** Values every finding of this rule (or variant) is worded with, e.g. a section's title. */
  values?: Values;
  /**
   * True where the Act itself requires it (not just the guidance): a
   * partnership's config cannot turn such a rule off or down to a warning.
   */
  statutory?: boolean;
}

export type Collection = 'strategy' | 'sna' | 'pages';

/** One MDX document, parsed once and shared by every rule. */
export interface SvdDocument {
  /** Path relative to the project root, with forward slashes. */
  path: string;
  collection: Collection;
  /** Language from the folder (`content/strategy/cy/...`). */
  lang: Lang;
  file: VFile;
  tree: Root;
  /** Validated frontmatter, or undefined when it failed validation. */
  data: DocumentData | undefined;
  /**
   * The MDX could not be parsed (content/mdx): `data` is what its settings
   * say, so other files' checks still find it, but its tree is empty and no
   * rule reports on it beyond that one finding.
   */
  unreadable?: boolean;
}

export interface Project {
  root: string;
  site: SiteConfig | undefined;
  /** site.yaml as a file, so configuration findings have a place. */
  siteFile: VFile;
  documents: SvdDocument[];
  /** Every file that may carry findings, documents and config alike. */
  files: VFile[];
  /** Images and documents the site publishes (or `svd scan` was given), for the metadata detectors. */
  /** content/data/*.yaml as read: the declared headline figures (checks/figures/data.ts). */
  data?: { path: string; value: string }[];
  assets: Asset[];
  /** The moment the analysis treats as "now" (for review dates, deadlines): from the one clock, engine/clock.ts. */
  now: Date;
}

/** A binary file a rule may inspect: absolute path, path for messages, kind. */
export interface Asset {
  full: string;
  path: string;
  kind: 'image' | 'document';
}

/** A position-bearing thing a finding can point at. */
export type Place = { line: number; column: number } | { start: { line: number; column: number }; end?: { line: number; column: number } } | { position?: { start: { line: number; column: number }; end?: { line: number; column: number } } } | undefined;

/** Placeholder values; a Localised value is taken in the message's language. */
export type Values = Record<string, string | number | Localised>;

export type Report = (file: VFile, place: Place, meta: RuleMeta, values?: Values) => void;

/** A check over the whole project (sections, parity, dates). */
export interface ProjectRule {
  meta: RuleMeta;
  /**
   * Check the project. A rule waiting on slow work of its own (a worker
   * reading image files) may start it and return the rest of its check:
   * the run loop calls that after the document rules, so the two overlap.
   */
  check(project: Project, report: Report): void | (() => void);
}

/** A detector over one document's tree (redaction risks, readability). */
export interface DocumentRule {
  meta: RuleMeta;
  scan(tree: Root, file: VFile, document: SvdDocument, project: Project, report: Report): void;
}

/** Plain data for `--json` and the bundle manifest. */
export interface FindingJson {
  rule: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  message: string;
  paragraph: string;
  fix?: string;
  /** Which wording of the rule (RuleMeta.variant): for a `-substance` finding, the rubric point's id, so the coverage page can name the point in either language. */
  variant?: string;
}

export type { Root, VFile, SiteConfig, DocumentData };
