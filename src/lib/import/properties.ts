/**
 * A Word file's own properties (docProps/core.xml: Dublin Core), for the
 * document's settings. Only what describes the document is taken (title,
 * subject or description, dates, language); the author and "last modified
 * by" are people's names, and stay out of what is published.
 */
import { DOMParser } from '@xmldom/xmldom';

export interface CoreProperties {
  title?: string;
  description?: string;
  language?: string;
  created?: string;
  modified?: string;
}

const DC = 'http://purl.org/dc/elements/1.1/';
const DCTERMS = 'http://purl.org/dc/terms/';

export function readCoreProperties(xml: string | undefined): CoreProperties {
  if (!xml) return {};
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const get = (ns: string, name: string) => doc.getElementsByTagNameNS(ns, name).item(0)?.textContent?.trim() || undefined;
  const day = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined);
  return {
    title: get(DC, 'title'),
    description: get(DC, 'description') ?? get(DC, 'subject'),
    language: get(DC, 'language'),
    created: day(get(DCTERMS, 'created')),
    modified: day(get(DCTERMS, 'modified')),
  };
}
