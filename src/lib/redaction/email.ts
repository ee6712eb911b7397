/**
 * Email addresses. The partnership's own address and generic mailboxes on
 * the domains it lists (checks.allowedEmailDomains, and the contact address's
 * own domain) may be published; an address that names a person, or sits on a
 * personal webmail service, may not. A generic box on a domain the
 * partnership has not listed is a warning: it may well be a partner's public
 * inbox, but someone should check.
 */
import type { RuleMeta } from '../engine/types.ts';
import { ALL_TEXT, detector, eachMatch, type Settings } from './detector.ts';
import { isKnownName } from './names.ts';
import { phrase } from './phrases.ts';

export const meta: RuleMeta = {
  id: 'redaction/email',
  severity: 'error',
  paragraph: '41b, 168-196',
};

const WHY = {
  personal: { why: phrase('email.personal') },
  webmail: { why: phrase('email.webmail') },
  unlisted: { why: phrase('email.unlisted') },
};

/** Addresses the statutory guidance itself publishes (paras 121, 162). */
const PUBLIC_ADDRESSES = new Set(['seriousviolenceduty@homeoffice.gov.uk', 'crimeandjustice@gov.wales']);

const WEBMAIL = /(?:^|\.)(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|btinternet|btopenworld|sky|virginmedia|talktalk|tiscali|protonmail|proton|gmx|mail|zoho)\.(?:com|co\.uk|me|net|org|uk)$/i;

const ROLE = /^(?:info|enquiries|enquiry|contact|contactus|admin|office|team|hub|unit|vru|vpu|svd|svp|safeguarding|mash|duty|help|helpdesk|support|partnership|partnerships|violence|seriousviolence|community|communities|communitysafety|csp|comms|communications|press|media|foi|data|insight|research|pcc|opcc|youth|yot|yjs|hello|mail|post|reception|ymholiadau|gwybodaeth|cyswllt|swyddfa|tim|diogelu|partneriaeth|trais|cymunedol|cyfathrebu|gwasg|ieuenctid|noreply|no-reply)/i;

/** Words in a mailbox's name that make it a role: "community.safety@", "tim.polisi@". */
const ROLE_WORDS = new Set('safety safeguarding team unit office services service policy consultation consultations enquiries enquiry info data insight research partnership partnerships community communities violence prevention reduction youth justice board admin support help press media comms contact strategy svd vru vpu csp yjs yot foi diogelwch cymunedol cymuned tim tîm polisi ymgynghori ymgynghoriad ymgynghoriadau ymholiadau gwybodaeth data partneriaeth trais atal ieuenctid cyfiawnder bwrdd cymorth cyswllt strategaeth'.split(' '));
/** Public bodies' and charities' domains (UK government, Welsh Government, police, NHS, universities, schools, charities). */
const PUBLIC_DOMAIN = /(?:^|\.)(?:gov\.uk|gov\.wales|llyw\.cymru|police\.uk|nhs\.uk|nhs\.net|nhs\.wales|gig\.cymru|ac\.uk|sch\.uk|parliament\.uk|senedd\.wales|senedd\.cymru|org\.uk|org)$/i;

const ADDRESS = /(?<![\w.%+'-])[A-Za-z0-9][A-Za-z0-9._%+'-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g;

export function classify(address: string, settings: Settings): keyof typeof WHY | undefined {
  const lower = address.toLowerCase();
  const contact = settings.site?.contact.email.toLowerCase();
  if (lower === contact || PUBLIC_ADDRESSES.has(lower)) return undefined;
  const [local = '', domain = ''] = lower.split('@');
  if (WEBMAIL.test(domain)) return 'webmail';
  const parts = local.split(/[._-]+/).filter(Boolean);
  const personal =
    (parts.length >= 2 && parts.length <= 3 && !ROLE.test(local) && (parts.some((p) => isKnownName(p)) || parts.some((p) => /^[a-z]$/.test(p)))) ||
    (parts.length === 1 && !ROLE.test(local) && [local, local.slice(1), local.slice(2)].some((p) => p.length >= 3 && isKnownName(p.replace(/\d+$/, ''))));
  // "first.last" is a person even when the lexicon does not know the name; "policy.team" is a role.
  const firstLast = parts.length === 2 && parts.every((p) => /^[a-z]{2,}$/.test(p)) && !parts.some((p) => ROLE_WORDS.has(p));
  if (personal || firstLast) return 'personal';
  // A mailbox that names no one, on a public body's or a charity's domain, is published by that body.
  if (PUBLIC_DOMAIN.test(domain)) return undefined;
  const listed = [...(settings.site?.checks.allowedEmailDomains ?? []), ...(contact ? [contact.split('@')[1]!] : []), 'gov.wales', 'homeoffice.gov.uk'].map((d) => d.toLowerCase().replace(/^@/, ''));
  if (listed.some((d) => domain === d || domain.endsWith(`.${d}`))) return undefined;
  return 'unlisted';
}

export const email = detector(meta, ({ segments, settings, emit }) => {
  eachMatch(segments, ALL_TEXT, ADDRESS, (segment, match) => {
    const why = classify(match[0], settings);
    if (why) emit(segment, match.index, match.index + match[0].length, WHY[why], why === 'unlisted' ? 'warning' : 'error');
  }, /@/);
});
