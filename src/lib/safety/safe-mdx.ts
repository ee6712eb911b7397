/**
 * The safe MDX subset, enforced on the parsed tree before anything compiles.
 * One pure function (`findUnsafe`) decides; the engine reports its refusals as
 * findings (`checkSafeMdx`, for check, scan, import and build) and Astro's MDX
 * pipeline (satteri) runs it before any other plugin (`safeMdxPlugin`), which
 * stops the compile, so even a bare `astro build` or `astro dev` never turns
 * an author's code into JavaScript.
 *
 * Content may use: Markdown; MDX comments ({/* ... *\/}); the components in
 * components.ts with literal props; HTML elements and attributes from
 * schema.ts; links to https:, mailto:, tel: and the site's own paths;
 * images and media only by path, from the project.
 */
import type { Root } from 'mdast';
import { find, html } from 'property-information';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { VFile } from 'vfile';
import { ruleText } from '../i18n.ts';
import type { Place, Report, RuleMeta, Values } from '../engine/types.ts';
import { COMPONENT_NAMES, COMPONENTS } from './components.ts';
import * as rules from './rules.ts';
import { parseMdx } from '../content/parse.ts';
import { ALLOWED_ELEMENTS, attributeAllowed, judgeUrl, URL_ATTRIBUTES, type UrlVerdict } from './schema.ts';

export interface Refusal {
  rule: RuleMeta;
  place: Place;
  values: Values;
}

interface Position {
  start: { line: number; column: number };
  end?: { line: number; column: number };
}
interface AnyNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: JsxAttribute[];
  children?: AnyNode[];
  position?: Position;
}
interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string };
  position?: Position;
}

/** Only comments: `{/* a note *\/}`, waivers, heading keys. The body cannot contain `*\/`, so no code slips between two comments. */
const COMMENT_ONLY = /^\s*(?:\/\*(?:[^*]|\*(?!\/))*\*\/\s*)*$/;
/** A literal attribute value: a number, true or false, or a quoted string with no escapes that could hide code. */
const LITERAL = /^\s*(-?\d+(?:\.\d+)?|true|false|"[^"\\]*"|'[^'\\]*')\s*$/;

const ELEMENT_WHY: Record<string, { en: string; cy: string }> = {
  script: { en: 'it would run code in readers\' browsers', cy: "byddai'n rhedeg cod ym mhorwyr darllenwyr" },
  style: { en: 'it would change the page\'s styles', cy: "byddai'n newid arddulliau'r dudalen" },
  link: { en: 'it would load a file, possibly from another website', cy: "byddai'n llwytho ffeil, o wefan arall o bosibl" },
  iframe: { en: 'it would put another website inside the page', cy: "byddai'n rhoi gwefan arall y tu mewn i'r dudalen" },
  form: { en: 'it would send what readers type to somewhere else', cy: "byddai'n anfon yr hyn y mae darllenwyr yn ei deipio i rywle arall" },
};
for (const tag of ['object', 'embed', 'frame', 'frameset', 'portal']) ELEMENT_WHY[tag] = ELEMENT_WHY.iframe!;
for (const tag of ['input', 'button', 'select', 'textarea']) ELEMENT_WHY[tag] = ELEMENT_WHY.form!;
for (const tag of ['meta', 'base']) ELEMENT_WHY[tag] = { en: 'it would change how the whole page behaves', cy: "byddai'n newid sut mae'r dudalen gyfan yn ymddwyn" };
const NOT_LISTED = { en: 'it is not one of the elements a publication needs', cy: "nid yw'n un o'r elfennau sydd eu hangen ar gyhoeddiad" };

const URL_WHY: Record<Exclude<UrlVerdict, { ok: true }>['reason'], { en: string; cy: string }> = {
  http: { en: 'http:// addresses are not secure; use https://', cy: 'nid yw cyfeiriadau http:// yn ddiogel; defnyddiwch https://' },
  scheme: { en: 'links can only be https://, mailto:, tel: or the site\'s own pages', cy: "dim ond https://, mailto:, tel: neu dudalennau'r wefan ei hun y gall dolenni fod" },
  external: { en: 'an address starting // goes to another website without saying which', cy: "mae cyfeiriad sy'n dechrau // yn mynd i wefan arall heb ddweud pa un" },
};

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

function isComponentName(name: string): boolean {
  return /^[A-Z]/.test(name) || /[.:]/.test(name);
}

function literalValue(text: string): string | number | boolean | undefined {
  const match = LITERAL.exec(text);
  if (!match) return undefined;
  const raw = match[1]!;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (/^['"]/.test(raw)) return raw.slice(1, -1);
  return Number(raw);
}

function describePropIssue(issue: { code: string; path: PropertyKey[]; keys?: string[]; expected?: string; input?: unknown }): { en: string; cy: string }[] {
  if (issue.code === 'unrecognized_keys') {
    return (issue.keys ?? []).map((key) => ({ en: `"${key}" is not one of its settings`, cy: `nid yw "${key}" yn un o'i osodiadau` }));
  }
  const prop = String(issue.path[0] ?? '');
  if (issue.input === undefined) return [{ en: `"${prop}" is missing`, cy: `mae "${prop}" ar goll` }];
  if (issue.code === 'too_small') return [{ en: `"${prop}" is empty`, cy: `mae "${prop}" yn wag` }];
  return [{ en: `"${prop}" should be plain text in quotes`, cy: `dylai "${prop}" fod yn destun plaen mewn dyfynodau` }];
}

class Walker {
  readonly found: Refusal[] = [];

  private refuse(rule: RuleMeta, place: Place, values: Values = {}): void {
    this.found.push({ rule, place, values });
  }

  private url(node: AnyNode | JsxAttribute, url: string, kind: 'link' | 'resource'): void {
    const verdict = judgeUrl(url, kind);
    if (verdict.ok) return;
    if (kind === 'resource') this.refuse(rules.externalResource, node, { url: shorten(url) });
    else this.refuse(rules.unsafeUrl, node, { url: shorten(url), why: URL_WHY[verdict.reason] });
  }

  private component(node: AnyNode, name: string): void {
    const spec = COMPONENTS[name];
    if (!spec) {
      this.refuse(rules.unknownComponent, node, { name, components: COMPONENT_NAMES.map((n) => `<${n}>`).join(', ') });
      return;
    }
    const props: Record<string, unknown> = {};
    for (const attribute of node.attributes ?? []) {
      const place = attribute.position ? attribute : node;
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        this.refuse(rules.expression, place, { where: { en: `inside <${name}>`, cy: `y tu mewn i <${name}>` }, code: shorten(String(attribute.value ?? '')) });
        continue;
      }
      const value = attribute.value;
      if (value && typeof value === 'object') {
        const literal = literalValue(value.value);
        if (literal === undefined) {
          this.refuse(rules.expression, place, { where: { en: `in ${attribute.name}={...}`, cy: `yn ${attribute.name}={...}` }, code: shorten(value.value) });
          // Present, though refused: not also "missing".
          props[attribute.name!] = value.value;
          continue;
        }
        props[attribute.name!] = literal;
      } else props[attribute.name!] = value ?? true;
    }
    const result = spec.props.safeParse(props);
    if (result.success) return;
    const allowed = Object.keys((spec.props as unknown as { shape?: Record<string, unknown> }).shape ?? {}).join(', ');
    for (const issue of result.error.issues) {
      for (const detail of describePropIssue(issue as never)) {
        this.refuse(rules.componentProps, node, { name, detail, allowed });
      }
    }
  }

  /** Returns false when the element is refused (its contents are then not examined, to keep to one clear finding). */
  private element(node: AnyNode, tag: string): boolean {
    if (!ALLOWED_ELEMENTS.includes(tag)) {
      const why = ELEMENT_WHY[tag] ?? NOT_LISTED;
      this.refuse(rules.unsafeElement, node, { name: tag || '>', why, elements: ALLOWED_ELEMENTS.join(', ') });
      return false;
    }
    for (const attribute of node.attributes ?? []) {
      const place = attribute.position ? attribute : node;
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        this.refuse(rules.expression, place, { where: { en: `inside <${tag}>`, cy: `y tu mewn i <${tag}>` }, code: shorten(String(attribute.value ?? '')) });
        continue;
      }
      const name = attribute.name ?? '';
      const property = find(html, name).property;
      const value = attribute.value;
      if (/^on/i.test(name)) this.refuse(rules.unsafeAttribute, place, { name, element: tag, why: { en: 'it would run code when readers use the page', cy: "byddai'n rhedeg cod pan fydd darllenwyr yn defnyddio'r dudalen" } });
      else if (property === 'style') this.refuse(rules.unsafeAttribute, place, { name, element: tag, why: { en: 'styles written into the content can hide text or load files from other websites', cy: "gall arddulliau a ysgrifennir yn y cynnwys guddio testun neu lwytho ffeiliau o wefannau eraill" } });
      else if (value && typeof value === 'object') this.refuse(rules.expression, place, { where: { en: `in ${name}={...}`, cy: `yn ${name}={...}` }, code: shorten(value.value) });
      else if (!attributeAllowed(tag, property) && !URL_ATTRIBUTES[property]) this.refuse(rules.unsafeAttribute, place, { name, element: tag, why: { en: 'it is not one of the settings allowed on this element', cy: "nid yw'n un o'r gosodiadau a ganiateir ar yr elfen hon" } });
      else if (URL_ATTRIBUTES[property]) {
        if ((tag === 'a' && property === 'href') || (tag === 'img' && property === 'src') || property === 'cite') this.url(place as never, String(value ?? ''), URL_ATTRIBUTES[property]!);
        else this.refuse(rules.unsafeAttribute, place, { name, element: tag, why: { en: 'it would load a file into the page', cy: "byddai'n llwytho ffeil i'r dudalen" } });
      }
    }
    return true;
  }

  /** Judge one node on its own, as the walk does on reaching it (its children are not looked at). */
  check(node: AnyNode): void {
    this.visit(node);
  }

  /** Iterative, so a pathologically deep tree cannot overflow the stack. */
  walk(tree: Root): Refusal[] {
    const stack: AnyNode[] = [tree as unknown as AnyNode];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (this.visit(node) && node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
    return this.found;
  }

  private visit(node: AnyNode): boolean {
    switch (node.type) {
      case 'mdxjsEsm': {
        this.refuse(rules.esm, node, { keyword: shorten(String(node.value).split('\n')[0]!), components: COMPONENT_NAMES.map((n) => `<${n}>`).join(', ') });
        return false;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!COMMENT_ONLY.test(String(node.value))) this.refuse(rules.expression, node, { where: { en: '{ }', cy: '{ }' }, code: shorten(String(node.value)) });
        return false;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (name && isComponentName(name)) {
          this.component(node, name);
          return Boolean(COMPONENTS[name]);
        }
        return this.element(node, name);
      }
      case 'link':
      case 'definition':
        this.url(node, node.url ?? '', 'link');
        return true;
      case 'image':
        this.url(node, node.url ?? '', 'resource');
        return true;
      default:
        return true;
    }
  }
}

/** Every construct in `tree` outside the safe subset, in document order. */
export function findUnsafe(tree: Root): Refusal[] {
  return new Walker().walk(tree);
}

/** The engine's step: each refusal becomes an error finding at its place. */
export function checkSafeMdx(tree: Root, file: VFile, report: Report): number {
  const found = findUnsafe(tree);
  for (const refusal of found) report(file, refusal.place, refusal.rule, refusal.values);
  return found.length;
}

function pointOf(place: Place): { line: number; column: number } | undefined {
  if (!place) return undefined;
  if ('position' in place) return place.position?.start;
  if ('start' in place) return place.start;
  return 'line' in place ? place : undefined;
}

/** The refusal's text: every refusal of the file, in the same words `svd check` uses. */
export function refusalMessage(found: Refusal[], path: string): string {
  const lines = found.map((r) => {
    const point = pointOf(r.place);
    return `${path}:${point?.line ?? 1}:${point?.column ?? 1}  ${r.rule.id}  ${ruleText(r.rule, 'message', r.values).en}`;
  });
  return `This content is outside the safe MDX subset, so it was not compiled (run npx svd check for how to fix it):\n${lines.join('\n')}`;
}

/** Thrown to stop the compile; carries the first refusal's place and rule for whoever shows it. */
export class UnsafeMdxError extends Error {
  readonly ruleId: string;
  readonly loc: { file: string; line: number; column: number };
  constructor(found: Refusal[], path: string) {
    super(refusalMessage(found, path));
    this.name = 'UnsafeMdxError';
    const first = pointOf(found[0]!.place);
    this.ruleId = found[0]!.rule.id;
    this.loc = { file: path, line: first?.line ?? 1, column: first?.column ?? 1 };
  }
}

/** The refusals of one node on its own, as the whole-tree walk would make them on reaching it. */
function refusalsAt(node: AnyNode): Refusal[] {
  const walker = new Walker();
  walker.check(node);
  return walker.found;
}

/**
 * Stop the compile, listing every refusal in the file at its place: the file
 * parsed again as the engine parses it (attribute places included), so the
 * words and places are those `svd check` gives. Only a refused file pays for
 * the second parse.
 */
function refuse(node: AnyNode, ctx: MdastVisitorContext): never {
  const path = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'content.mdx';
  const found = findUnsafe(parseMdx(new VFile({ path, value: ctx.source })));
  // The walk refuses this node or an ancestor of it, so it finds at least one; kept for safety's sake.
  throw new UnsafeMdxError(found.length > 0 ? found : refusalsAt(node), path);
}

function guard(node: unknown, ctx: MdastVisitorContext): void {
  if (refusalsAt(node as AnyNode).length > 0) refuse(node as AnyNode, ctx);
}

/**
 * Astro's step: satteri runs it on the parsed tree before every other plugin
 * and before any code is generated. A throw rejects the compile (a reported
 * error would not), so the file is refused with every refusal listed.
 *
 * It visits only the kinds of node the walk can refuse (Walker.visit's
 * cases): satteri picks them out in Rust and materialises nothing else, and,
 * with no place read, parses without tracking positions. Walking the whole
 * materialised tree instead added about 360 MB to a 100x build's peak, with
 * no other step running (docs/performance.md).
 *
 * A file is refused here exactly when the walk refuses it: the walk refuses
 * a node or skips it inside a refused ancestor, and every node it refuses
 * refuses on its own (test/safe-mdx-plugin.test.ts).
 */
export const safeMdxPlugin: MdastPluginDefinition = {
  name: 'svd-safe-mdx',
  mdxjsEsm: guard,
  mdxFlowExpression: guard,
  mdxTextExpression: guard,
  mdxJsxFlowElement: guard,
  mdxJsxTextElement: guard,
  link: guard,
  definition: guard,
  image: guard,
};
