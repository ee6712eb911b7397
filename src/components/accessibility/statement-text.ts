/**
 * The words of the accessibility statement, following GOV.UK's sample
 * statement ("Sample accessibility statement for a fictional public sector
 * website"), whose compliance-status, non-accessible-content and
 * enforcement-procedure wording the Public Sector Bodies (Websites and Mobile
 * Applications) (No. 2) Accessibility Regulations 2018 require. The Welsh
 * follows the wording Welsh public bodies use for the same statement.
 * Kept apart from the UI strings: this is a legal text, reviewed as a whole.
 */
import type { Lang } from '../../lib/engine/types.ts';

export type Compliance = 'full' | 'partial' | 'none';
export type Reason = 'non-compliance' | 'disproportionate-burden' | 'out-of-scope';

export const LINKS = {
  abilityNet: 'https://mcmw.abilitynet.org.uk/',
  ehrc: 'https://www.equalityhumanrights.com/',
  eass: 'https://www.equalityadvisoryservice.com/',
  regulations: 'https://www.legislation.gov.uk/uksi/2018/952/contents/made',
  wcag: 'https://www.w3.org/TR/WCAG22/',
};

export interface StatementText {
  title: (site: string) => string;
  appliesTo: (url: string) => string;
  thisWebsite: string;
  runBy: (partnership: string) => string;
  youShouldBeAbleTo: string;
  abilities: string[];
  bilingual: string;
  exit: string;
  simple: string;
  youngPeople: string;
  abilityNet: [before: string, link: string, after: string];
  howAccessible: string;
  knownNone: string;
  knownSome: string;
  feedback: string;
  otherFormats: string;
  email: string;
  phone: string;
  respond: (days: number) => string;
  reporting: string;
  reportingBody: string;
  enforcement: string;
  enforcementBody: [before: string, ehrc: string, middle: string, eass: string, after: string];
  technical: string;
  committed: (partnership: string) => string;
  complianceStatus: string;
  status: Record<Compliance, string>;
  nonAccessible: string;
  nonAccessibleIntro: string;
  reasons: Record<Reason, string>;
  fails: (criteria: string) => string;
  fixBy: (date: string) => string;
  improving: string;
  improvingBody: string;
  preparation: string;
  prepared: (prepared: string, reviewed: string) => string;
  tested: (date: string, by: string) => string;
  /** How SVD Publisher tests every site, said when the partnership has not named its own testing. */
  method: (languages: string) => string;
  inEnglish: string;
}

const en: StatementText = {
  title: (site) => `Accessibility statement for ${site}`,
  appliesTo: (url) => `This accessibility statement applies to ${url}.`,
  thisWebsite: 'this website',
  runBy: (partnership) => `This website is run by ${partnership}. We want as many people as possible to be able to use this website.`,
  youShouldBeAbleTo: 'For example, that means you should be able to:',
  abilities: [
    'change colours, contrast levels and fonts using browser or device settings',
    'zoom in up to 400% without the text spilling off the screen',
    'navigate the whole website using just a keyboard',
    'navigate most of the website using speech recognition software',
    'listen to the whole website using a screen reader (including the most recent versions of JAWS, NVDA and VoiceOver)',
  ],
  bilingual: 'read every page in English or Welsh',
  exit: 'leave the website quickly with the “Exit this page” button, or by pressing the Shift key 3 times',
  simple: 'We’ve also made the website text as simple as possible to understand.',
  youngPeople: 'There is a summary written for young people',
  abilityNet: ['', 'AbilityNet', ' has advice on making your device easier to use if you have a disability.'],
  howAccessible: 'How accessible this website is',
  knownNone: 'We check every page of this website before it is published, with automated tests and in a web browser. We do not know of any part of it that is not accessible.',
  knownSome: 'We know some parts of this website are not fully accessible:',
  feedback: 'Feedback and contact information',
  otherFormats: 'If you need information on this website in a different format like accessible PDF, large print, easy read, audio recording or braille:',
  email: 'email',
  phone: 'call',
  respond: (days) => `We’ll consider your request and get back to you in ${days} working day${days === 1 ? '' : 's'}.`,
  reporting: 'Reporting accessibility problems with this website',
  reportingBody: 'We’re always looking to improve the accessibility of this website. If you find any problems not listed on this page or think we’re not meeting accessibility requirements, contact:',
  enforcement: 'Enforcement procedure',
  enforcementBody: [
    'The ',
    'Equality and Human Rights Commission (EHRC)',
    ' is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’). If you’re not happy with how we respond to your complaint, contact the ',
    'Equality Advisory and Support Service (EASS)',
    '.',
  ],
  technical: 'Technical information about this website’s accessibility',
  committed: (partnership) => `${partnership} is committed to making its website accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.`,
  complianceStatus: 'Compliance status',
  status: {
    full: 'This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard.',
    partial: 'This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below.',
    none: 'This website is not compliant with the Web Content Accessibility Guidelines version 2.2 AA standard. The non-compliances are listed below.',
  },
  nonAccessible: 'Non-accessible content',
  nonAccessibleIntro: 'The content listed below is non-accessible for the following reasons.',
  reasons: {
    'non-compliance': 'Non-compliance with the accessibility regulations',
    'disproportionate-burden': 'Disproportionate burden',
    'out-of-scope': 'Content that’s not within the scope of the accessibility regulations',
  },
  fails: (criteria) => `This fails WCAG 2.2 success criteri${criteria.includes(',') ? 'a' : 'on'} ${criteria}.`,
  fixBy: (date) => `We plan to fix this by ${date}.`,
  improving: 'What we’re doing to improve accessibility',
  improvingBody: 'Every change to this website is tested automatically against the WCAG 2.2 AA standard, in English and in Welsh, before it is published.',
  preparation: 'Preparation of this accessibility statement',
  prepared: (prepared, reviewed) => `This statement was prepared on ${prepared}. It was last reviewed on ${reviewed}.`,
  tested: (date, by) => `This website was last tested on ${date} against the WCAG 2.2 AA standard. The test was carried out by ${by}.`,
  method: (languages) =>
    `We tested every page in ${languages} with pa11y (axe and HTML_CodeSniffer) and axe-core, and in a web browser using only a keyboard, at 320 pixels wide and at 400% zoom.`,
  inEnglish: '',
};

const cy: StatementText = {
  title: (site) => `Datganiad hygyrchedd ar gyfer ${site}`,
  appliesTo: (url) => `Mae’r datganiad hygyrchedd hwn yn berthnasol i ${url}.`,
  thisWebsite: 'y wefan hon',
  runBy: (partnership) => `${partnership} sy’n rhedeg y wefan hon. Rydym am i gynifer o bobl â phosibl allu defnyddio’r wefan hon.`,
  youShouldBeAbleTo: 'Er enghraifft, mae hynny’n golygu y dylech allu:',
  abilities: [
    'newid lliwiau, lefelau cyferbyniad a ffontiau drwy osodiadau eich porwr neu’ch dyfais',
    'chwyddo hyd at 400% heb i’r testun ddiflannu oddi ar y sgrin',
    'llywio’r wefan gyfan gan ddefnyddio bysellfwrdd yn unig',
    'llywio’r rhan fwyaf o’r wefan gan ddefnyddio meddalwedd adnabod lleferydd',
    'gwrando ar y wefan gyfan gan ddefnyddio darllenydd sgrin (gan gynnwys fersiynau diweddaraf JAWS, NVDA a VoiceOver)',
  ],
  bilingual: 'darllen pob tudalen yn Gymraeg neu yn Saesneg',
  exit: 'gadael y wefan yn gyflym gyda’r botwm “Gadael y dudalen hon”, neu drwy bwyso’r fysell Shift 3 gwaith',
  simple: 'Rydym hefyd wedi gwneud testun y wefan mor syml â phosibl i’w ddeall.',
  youngPeople: 'Mae crynodeb wedi’i ysgrifennu ar gyfer pobl ifanc',
  abilityNet: ['Mae gan ', 'AbilityNet', ' gyngor ar wneud eich dyfais yn haws i’w defnyddio os oes gennych anabledd (yn Saesneg).'],
  howAccessible: 'Pa mor hygyrch yw’r wefan hon',
  knownNone: 'Rydym yn gwirio pob tudalen o’r wefan hon cyn ei chyhoeddi, gyda phrofion awtomatig ac mewn porwr gwe. Nid ydym yn gwybod am unrhyw ran ohoni nad yw’n hygyrch.',
  knownSome: 'Rydym yn gwybod nad yw rhai rhannau o’r wefan hon yn gwbl hygyrch:',
  feedback: 'Adborth a gwybodaeth gyswllt',
  otherFormats: 'Os oes angen gwybodaeth ar y wefan hon arnoch mewn fformat gwahanol, fel PDF hygyrch, print bras, fersiwn hawdd ei ddeall, recordiad sain neu braille:',
  email: 'e-bost',
  phone: 'ffoniwch',
  respond: (days) => `Byddwn yn ystyried eich cais ac yn ymateb cyn pen ${days} diwrnod gwaith.`,
  reporting: 'Rhoi gwybod am broblemau hygyrchedd gyda’r wefan hon',
  reportingBody: 'Rydym bob amser yn ceisio gwella hygyrchedd y wefan hon. Os byddwch yn dod o hyd i unrhyw broblemau nad ydynt wedi’u rhestru ar y dudalen hon, neu os ydych yn credu nad ydym yn bodloni’r gofynion hygyrchedd, cysylltwch â:',
  enforcement: 'Gweithdrefn orfodi',
  enforcementBody: [
    '',
    'Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC)',
    ' sy’n gyfrifol am orfodi Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018 (y ‘rheoliadau hygyrchedd’). Os nad ydych yn fodlon â’r ffordd rydym yn ymateb i’ch cwyn, cysylltwch â’r ',
    'Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS)',
    '.',
  ],
  technical: 'Gwybodaeth dechnegol am hygyrchedd y wefan hon',
  committed: (partnership) => `Mae ${partnership} wedi ymrwymo i wneud ei gwefan yn hygyrch, yn unol â Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018.`,
  complianceStatus: 'Statws cydymffurfio',
  status: {
    full: 'Mae’r wefan hon yn cydymffurfio’n llawn â safon AA fersiwn 2.2 o’r Canllawiau Hygyrchedd Cynnwys y We.',
    partial: 'Mae’r wefan hon yn cydymffurfio’n rhannol â safon AA fersiwn 2.2 o’r Canllawiau Hygyrchedd Cynnwys y We, oherwydd yr achosion o beidio â chydymffurfio a restrir isod.',
    none: 'Nid yw’r wefan hon yn cydymffurfio â safon AA fersiwn 2.2 o’r Canllawiau Hygyrchedd Cynnwys y We. Mae’r achosion o beidio â chydymffurfio wedi’u rhestru isod.',
  },
  nonAccessible: 'Cynnwys nad yw’n hygyrch',
  nonAccessibleIntro: 'Nid yw’r cynnwys a restrir isod yn hygyrch am y rhesymau canlynol.',
  reasons: {
    'non-compliance': 'Peidio â chydymffurfio â’r rheoliadau hygyrchedd',
    'disproportionate-burden': 'Baich anghymesur',
    'out-of-scope': 'Cynnwys nad yw o fewn cwmpas y rheoliadau hygyrchedd',
  },
  fails: (criteria) => `Nid yw hyn yn bodloni ${criteria.includes(',') ? 'meini prawf llwyddiant' : 'maen prawf llwyddiant'} ${criteria} WCAG 2.2.`,
  fixBy: (date) => `Rydym yn bwriadu datrys hyn erbyn ${date}.`,
  improving: 'Beth rydym yn ei wneud i wella hygyrchedd',
  improvingBody: 'Mae pob newid i’r wefan hon yn cael ei brofi’n awtomatig yn erbyn safon AA WCAG 2.2, yn Gymraeg ac yn Saesneg, cyn ei gyhoeddi.',
  preparation: 'Paratoi’r datganiad hygyrchedd hwn',
  prepared: (prepared, reviewed) => `Paratowyd y datganiad hwn ar ${prepared}. Cafodd ei adolygu ddiwethaf ar ${reviewed}.`,
  // The name opens its clause, so no preposition mutates it ("gan Bartneriaeth").
  tested: (date, by) => `Cafodd y wefan hon ei phrofi ddiwethaf ar ${date} yn erbyn safon AA WCAG 2.2. ${by} a gynhaliodd y prawf.`,
  method: (languages) =>
    `Gwnaethom brofi pob tudalen ${languages} gyda pa11y (axe a HTML_CodeSniffer) ac axe-core, ac mewn porwr gwe gan ddefnyddio bysellfwrdd yn unig, ar led o 320 picsel ac wedi’i chwyddo i 400%.`,
  inEnglish: ' (yn Saesneg)',
};

export const STATEMENT: Record<Lang, StatementText> = { en, cy };

/** "in English and Welsh" / "yn Gymraeg ac yn Saesneg", for the tested-by sentence. */
export function languagesPhrase(languages: readonly Lang[], lang: Lang): string {
  if (lang === 'cy') return languages.length > 1 ? 'yn Gymraeg ac yn Saesneg' : 'yn Saesneg';
  return languages.length > 1 ? 'English and Welsh' : 'English';
}

export interface StatementItem {
  value: string;
  /** Set when the text is in another language than the page (English on a Welsh page). */
  lang?: 'en';
  criteria: string[];
  fixBy?: Date;
}

export interface StatementFacts {
  compliance: Compliance;
  email: string;
  phone?: string;
  responseDays: number;
  prepared: Date;
  reviewed: Date;
  tested: Date;
  /** Who tested, when the partnership named someone; otherwise the partnership did, with SVD Publisher's tests. */
  testedBy?: { value: string; lang?: 'en' };
  /** Known problems, for "How accessible this website is" (out-of-scope content is not a problem to fix). */
  known: StatementItem[];
  /** Non-accessible content grouped under the regulations' three reasons, in their order. */
  groups: Array<{ reason: Reason; items: StatementItem[] }>;
}

interface AccessibilityConfig {
  compliance: Compliance;
  nonAccessible: Array<{ reason: Reason; text: { en: string; cy?: string | undefined }; criteria: string[]; fixBy?: Date | undefined }>;
  preparedOn?: Date | undefined;
  lastReviewed?: Date | undefined;
  testedOn?: Date | undefined;
  testedBy?: { en: string; cy?: string | undefined } | undefined;
  responseDays: number;
  email?: string | undefined;
  phone?: string | undefined;
}

/** The facts the statement states, from site.yaml's `accessibility:`, `contact:` and `dates:`. */
export function statementFacts(
  site: { accessibility: AccessibilityConfig; contact: { email: string; phone?: string | undefined }; dates: { published: Date; lastReviewed?: Date | undefined } },
  lang: Lang,
): StatementFacts {
  const a11y = site.accessibility;
  const text = (value: { en: string; cy?: string | undefined }) => (lang === 'cy' && !value.cy ? { value: value.en, lang: 'en' as const } : { value: lang === 'cy' ? value.cy! : value.en });
  const item = (entry: AccessibilityConfig['nonAccessible'][number]): StatementItem => ({ ...text(entry.text), criteria: entry.criteria, ...(entry.fixBy ? { fixBy: entry.fixBy } : {}) });
  const reviewed = a11y.lastReviewed ?? site.dates.lastReviewed ?? site.dates.published;
  const phone = a11y.phone ?? site.contact.phone;
  const reasons: Reason[] = ['non-compliance', 'disproportionate-burden', 'out-of-scope'];
  return {
    compliance: a11y.compliance,
    email: a11y.email ?? site.contact.email,
    ...(phone ? { phone } : {}),
    responseDays: a11y.responseDays,
    prepared: a11y.preparedOn ?? site.dates.published,
    reviewed,
    tested: a11y.testedOn ?? reviewed,
    ...(a11y.testedBy ? { testedBy: text(a11y.testedBy) } : {}),
    known: a11y.nonAccessible.filter((entry) => entry.reason !== 'out-of-scope').map(item),
    groups: reasons.map((reason) => ({ reason, items: a11y.nonAccessible.filter((entry) => entry.reason === reason).map(item) })).filter((group) => group.items.length > 0),
  };
}
