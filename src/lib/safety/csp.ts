/**
 * The site's Content-Security-Policy. Astro's own `security.csp` writes the
 * <meta http-equiv="content-security-policy"> into every page and hashes the
 * scripts it bundles; the project's two inline scripts (src/scripts/*.mjs) are
 * inlined with `set:html`, which Astro does not hash, so their sha256 hashes
 * are computed here from the same files at build time. Nothing else may run:
 * no 'unsafe-inline', no host but the site's own, no event-handler attribute.
 *
 * 'wasm-unsafe-eval' is the one addition: Pagefind's search runs as
 * WebAssembly, which browsers compile only when the policy allows it. It lets
 * a page compile WebAssembly, not run strings as JavaScript.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project's own inline scripts: Base.astro's "js-enabled" switch and the search page. */
export const INLINE_SCRIPTS: readonly string[] = ['js-enabled.mjs', 'search.mjs'].map((name) =>
  fileURLToPath(new URL(`../../scripts/${name}`, import.meta.url)),
);

export function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The hashes of the inline scripts, as read now (so editing a script can never leave a stale hash). */
export function inlineScriptHashes(): string[] {
  return INLINE_SCRIPTS.map((path) => sha256(readFileSync(path, 'utf8')));
}

/**
 * Directives besides script-src and style-src (which Astro writes). Every
 * fetch is from the site itself; nothing may frame, embed or post elsewhere.
 * frame-ancestors cannot be set by a meta tag, so it is in HEADER_ONLY.
 */
export const DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Directives a browser honours only from a response header, never from a meta tag. */
export const HEADER_ONLY: readonly string[] = ["frame-ancestors 'none'"];

/** `security.csp` for Astro's config. */
export function cspConfig() {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...DIRECTIVES] as never[],
    scriptDirective: {
      resources: ["'self'", "'wasm-unsafe-eval'"],
      hashes: inlineScriptHashes() as `sha256-${string}`[],
    },
    styleDirective: { resources: ["'self'"] },
  };
}

/** Source expressions a policy of ours may contain; anything else (a host, 'unsafe-inline', data:) is a leak. */
const OWN_SOURCES = /^(?:'self'|'none'|'wasm-unsafe-eval'|'sha(?:256|384|512)-[A-Za-z0-9+/=]+')$/;

export interface Policy {
  /** Directive name -> its sources. */
  directives: Map<string, string[]>;
}

export function parsePolicy(text: string): Policy {
  const directives = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return { directives };
}

/** What is wrong with a policy as ours: a source that is not the site's own, or a missing default. */
export function policyProblems(policy: Policy): string[] {
  const problems: string[] = [];
  if (policy.directives.get('default-src')?.join(' ') !== "'self'") problems.push("default-src is not 'self'");
  if (!policy.directives.has('script-src')) problems.push('no script-src');
  for (const [name, sources] of policy.directives) {
    for (const source of sources) if (!OWN_SOURCES.test(source)) problems.push(`${name} allows ${source}`);
  }
  return problems;
}

/**
 * The headers file Netlify, Cloudflare Pages and similar hosts read from the
 * site's root: the pages' own policy plus what only a header can say.
 */
export function headersFile(policy: string, base: string): string {
  const all = `${base.replace(/\/$/, '')}/*`;
  return [
    '# Security headers for hosts that read a _headers file (Netlify, Cloudflare Pages).',
    '# Written by svd build; docs/security.md has the same for nginx.',
    all,
    `  Content-Security-Policy: ${[policy.replace(/;\s*$/, ''), ...HEADER_ONLY].join('; ')}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Cross-Origin-Opener-Policy: same-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '',
  ].join('\n');
}
