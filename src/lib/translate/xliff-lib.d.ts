// xliff ships no types; this is the part of its API the translation round trip uses.
declare module 'xliff' {
  /** A source or target value: text, one inline element, or a list of both. */
  export type InlineValue = string | InlineElement | (string | InlineElement)[];
  /** `{ Standalone: { id, ctype } }`, `{ Span: { id, contents } }`, `{ GenericSpan: { id, contents } }`, `{ Marker: ... }`. */
  export type InlineElement = Record<string, { id?: string; contents?: InlineValue; [attribute: string]: unknown }>;
  export interface XliffUnit {
    source?: InlineValue;
    target?: InlineValue;
    note?: InlineValue | InlineValue[];
    additionalAttributes?: Record<string, string>;
  }
  export interface XliffJs {
    sourceLanguage?: string;
    targetLanguage?: string;
    xliffVersion?: string;
    resources: Record<string, Record<string, XliffUnit>>;
  }
  export function jsToXliff12(js: XliffJs, options?: { indent?: string; xmlLangAttr?: boolean }): Promise<string>;
  export function xliff12ToJs(xml: string, options?: { captureSpacesBetweenElements?: boolean }): Promise<XliffJs>;
  export function js2xliff(js: XliffJs, options?: { indent?: string }): Promise<string>;
  export function xliff2js(xml: string, options?: Record<string, unknown>): Promise<XliffJs>;
  const xliff: { jsToXliff12: typeof jsToXliff12; xliff12ToJs: typeof xliff12ToJs; js2xliff: typeof js2xliff; xliff2js: typeof xliff2js };
  export default xliff;
}
