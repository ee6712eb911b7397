/**
 * What HTML content may contain, and which addresses it may point at. The
 * element and attribute allowlist is hast-util-sanitize's default schema
 * (GitHub's, the one rehype-sanitize uses), tightened: no form controls, no
 * form or legacy attributes, and addresses only https:, mailto:, tel: and
 * the site's own paths. The same schema drives the refusals on the parsed
 * MDX (safe-mdx.ts) and the sanitiser on the output (rehype-safe.ts), so
 * the two can never disagree.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** Elements HTML content may use. */
const DROP_TAGS = new Set(['input', 'picture', 'source', 'strike', 'tt', 'details', 'summary']);
const ADD_TAGS = ['abbr', 'caption', 'figure', 'figcaption', 'small', 'mark', 'cite', 'u', 'colgroup', 'col'];
export const ALLOWED_ELEMENTS: readonly string[] = [...defaultSchema.tagNames!.filter((t) => !DROP_TAGS.has(t)), ...ADD_TAGS].sort();

/** Form and legacy attributes have no place in a publication; `name` can clobber the page's own scripts. */
const DROP_ATTRIBUTES = new Set(['accept', 'acceptCharset', 'accessKey', 'action', 'checked', 'encType', 'method', 'multiple', 'name', 'prompt', 'readOnly', 'selected', 'value', 'maxLength', 'useMap', 'isMap', 'noHref', 'longDesc', 'itemScope', 'itemType', 'itemProp']);

function keep(list: Schema['attributes'] extends infer A ? (A extends Record<string, infer L> ? L : never) : never) {
  return (list ?? []).filter((entry) => !DROP_ATTRIBUTES.has(typeof entry === 'string' ? entry : entry[0]!));
}

const attributes: NonNullable<Schema['attributes']> = {};
for (const [tag, list] of Object.entries(defaultSchema.attributes ?? {})) {
  if (tag === '*' || ALLOWED_ELEMENTS.includes(tag)) attributes[tag] = keep(list);
}
// Headings carry requirement ids; class names are safe (no styles can be loaded) and GOV.UK Frontend uses them.
attributes['*'] = [...attributes['*']!, 'ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy', 'ariaHidden', 'className', 'role'];
attributes.a = [...attributes.a!.filter((entry) => typeof entry === 'string'), 'href', 'hrefLang'];
attributes.abbr = ['title'];

/** URL schemes a link may use. Everything else (javascript:, data:, http:, file:, vbscript: ...) is refused. */
export const LINK_SCHEMES: readonly string[] = ['https', 'mailto', 'tel'];

/** The schema for hast-util-sanitize. Ids are not clobbered: headings need theirs as anchors. */
export const SAFE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...ALLOWED_ELEMENTS],
  attributes,
  clobber: [],
  clobberPrefix: '',
  // Images and media only from the project: no scheme at all. (An empty list would mean "any" to
  // hast-util-sanitize, so the list holds one scheme no address can have.)
  protocols: { href: [...LINK_SCHEMES], cite: ['https'], src: ['svd-none'] },
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed'],
};

export type UrlKind = 'link' | 'resource';
export type UrlVerdict = { ok: true } | { ok: false; reason: 'scheme' | 'external' | 'http'; scheme?: string };

/**
 * Judge one address. Browsers ignore tabs and newlines inside a URL and read
 * a backslash as a slash, so those are normalised before looking at it.
 */
export function judgeUrl(raw: string, kind: UrlKind): UrlVerdict {
  const url = raw.replace(/[\u0000-\u0020\u007f]+/g, '').replace(/\\/g, '/');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (url.startsWith('//')) return { ok: false, reason: 'external' };
  if (scheme === undefined) return { ok: true };
  if (kind === 'resource') return { ok: false, reason: 'external', scheme };
  if (scheme === 'http') return { ok: false, reason: 'http', scheme };
  return LINK_SCHEMES.includes(scheme) ? { ok: true } : { ok: false, reason: 'scheme', scheme };
}

/** Attributes holding addresses, and whether they load something (a resource) or are followed (a link). */
export const URL_ATTRIBUTES: Record<string, UrlKind> = {
  href: 'link',
  cite: 'link',
  src: 'resource',
  srcSet: 'resource',
  poster: 'resource',
  data: 'resource',
  action: 'resource',
  formAction: 'resource',
  background: 'resource',
};

/** Is `property` (a hast property name) allowed on `tag`? */
export function attributeAllowed(tag: string, property: string): boolean {
  const lists = [attributes['*'] ?? [], attributes[tag] ?? []];
  return lists.some((list) => list.some((entry) => (typeof entry === 'string' ? entry : entry[0]) === property));
}
