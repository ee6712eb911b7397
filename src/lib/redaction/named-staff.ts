/**
 * Named staff: a person named in a publication, with or without their job,
 * who is not a senior office holder. Naming the Chief Constable, the
 * council's Chief Executive, a councillor or the board's chair is normal
 * (they act in public); naming the analyst, the youth worker or the clerk
 * is personal data that needs their agreement, and can make a frontline
 * worker easy to find. So it is a warning that asks, never an error. Office
 * holders listed in site.yaml (officeHolders) and people named with a senior
 * title ("Chief Superintendent Rhys Morgan", "y Cynghorydd Siân Parry") are
 * not findings.
 */
import type { RuleMeta } from '../engine/types.ts';
import { detector } from './detector.ts';
import { gate, opens } from './gates.ts';
import { fold } from './names.ts';
import { namesIn } from './person.ts';
import type { Segment } from './text.ts';

export const meta: RuleMeta = {
  id: 'redaction/named-staff',
  severity: 'warning',
  paragraph: '41b, 173',
};

/** Titles of people who act in public: named in their role, they are not a finding. English and Welsh, with mutations. */
const SENIOR = [
  '(?:Deputy |Assistant |T/)?Chief Constable', 'Chief Superintendent', 'Police and Crime Commissioner', '(?:Deputy )?Commissioner', 'Chief Executive', 'Chief Officer', 'Chief Fire Officer',
  'Director(?: of [A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+)*)?', '(?:Deputy )?Leader', 'Cabinet Member', 'Councillor', 'Cllr\\.?', '(?:Lord )?Mayor', '(?:Vice[- ])?[Cc]hair(?:man|woman|person)?', 'MP', 'MS', 'AM',
  'Minister', 'Secretary of State', 'Head ?teacher', 'Principal', 'Governor', 'Borough Commander', 'Area Commander', 'Chief Inspector of [A-Z][\\p{L}]+', 'High Sheriff', 'Lord[- ]Lieutenant',
  '(?:Dirprwy )?[PBF]h?rif [GCC]h?wnstabl(?: Cynorthwyol)?', '(?:[PBF]h?rif )?[Uu]wch-?[Aa]rolygydd', '[CGC]h?omisiynydd(?: Heddlu a Throseddu)?', '[PBF]h?rif [WG]eithredwr', '[CGC]h?yfarwyddwr', '[Hh]?[Aa]rweinydd',
  'Aelod Cabinet', '[CG]h?ynghorydd', '[MF]aer', '[CG]h?adeirydd', 'Is-gadeirydd', 'AS', 'AoS', '[GW]einidog', '[PBF]h?ennaeth', '[PBF]h?rifathro', '[PBF]h?rifathrawes', '[PBF]h?rif Swyddog Tân', 'Uchel Siryf', 'Arglwydd Raglaw',
].join('|');
/**
 * What may stand between a title and the name: the body ("Chief Executive of
 * Marchford Council, Karen Ashworth", "Prif Weithredwr y cyngor, Karen
 * Ashworth"), never a verb: in "the Cabinet Member introduced Terry Hughes"
 * and "the Chair advised that Linda James" the title is someone else's.
 */
const OF_BODY = "(?:\\s+(?:of|for|the|and|at|&|y|yr|a|o|dros|council['’]s|cyngor|heddlu|bwrdd|partneriaeth|council|police|board|partnership|force|authority|awdurdod|\\p{Lu}[\\p{L}'’-]*)){0,6}";
const TITLE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${SENIOR})${OF_BODY}['’]?\\s*[,:]?\\s*(?:Dr\\.?\\s+|Prof\\.?\\s+|Professor\\s+|Athro\\s+)?$`, 'u');
/** A title after the name, set off by a comma or bracket, or a post-nominal straight after it ("Jane Hutt AS", "MS", "MP"). */
const TITLE_AFTER = new RegExp(`^\\s*(?:,|\\(|-|–|—)\\s*(?:the\\s+|our\\s+|y\\s+|yr\\s+|ein\\s+)?(?:${SENIOR})(?![\\p{L}])|^\\s+(?:MP|MS|AM|AS|AoS|AC)(?![\\p{L}])`, 'u');
/** A post-nominal the name span took in as a surname ("Jane Hutt AS"). */
const POST_NOMINAL = /\s(?:MP|MS|AM|AS|AoS|AC)$/u;

/** Jobs that say a person is staff: "Tom Baxter, Data Analyst"; "youth worker Kelly Owens". */
const JOB = '(?:[A-Z][\\p{L}-]+\\s+){0,3}?(?:Officer|Analyst|Manager|Worker|Co-?ordinator|Lead|Adviser|Advisor|Assistant|Administrator|Clerk|Practitioner|Navigator|Mentor|Caseworker|Nurse|Teacher|Researcher|Support Worker|Youth Worker|Swyddog|Dadansoddwr|Rheolwr|Gweithiwr|Cydlynydd|Ymarferydd|Mentor|Nyrs|Athro|Athrawes|Ymchwilydd|Cynorthwyydd|Gweinyddwr)(?![\\p{L}])';
const NAME = "\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,2}";
const NAME_THEN_JOB = new RegExp(`(?<![\\p{L}])(${NAME})\\s*(?:,|\\()\\s*(?:the\\s+|our\\s+|y\\s+|ein\\s+)?${JOB}`, 'gu');
const JOB_THEN_NAME = new RegExp(`(?<![\\p{L}])(?:[Yy]outh worker|[Oo]utreach worker|[Ss]ocial worker|[Aa]nalyst|[Cc]aseworker|[Mm]entor|[Gg]weithiwr ieuenctid|[Gg]weithiwr allgymorth|[Gg]weithiwr cymdeithasol|[Dd]adansoddwr|[Mm]entor)\\s+(${NAME})`, 'gu');
// Literal tests before the name patterns, which would otherwise try every capital letter of every paragraph.
const JOB_CAPITAL = /Officer|Analyst|Manager|Worker|ordinator|Lead|Advis|Assistant|Administrator|Clerk|Practitioner|Navigator|Mentor|Caseworker|Nurse|Teacher|Researcher|Swyddog|Dadansoddwr|Rheolwr|Gweithiwr|Cydlynydd|Ymarferydd|Nyrs|Athr|Ymchwilydd|Cynorthwyydd|Gweinyddwr/;
const JOB_BEFORE = /(?:youth|outreach|social) worker |analyst |caseworker |mentor |gweithiwr (?:ieuenctid|allgymorth|cymdeithasol) |dadansoddwr /;
const JOB_GATE = gate('officer analyst manager worker coordinator co-ordinator lead adviser advisor assistant administrator clerk practitioner navigator mentor caseworker nurse teacher researcher swyddog dadansoddwr rheolwr gweithiwr cydlynydd ymarferydd nyrs athro athrawes ymchwilydd cynorthwyydd gweinyddwr'.split(' '));
/** A capitalised pair that starts a sentence or names a thing, not a person. */
const NOT_A_PERSON = /^(?:The|A|An|This|Our|Mae|Y|Yr|Yn|Present|Attendees|Contact|Cyswllt|Diolch|Thanks|Community|Youth|Partnership|Safety|Data|Team|Board|Council|Police|Service|Gwasanaeth|Tîm|Heddlu|Cyngor)$/u;

function senior(segment: Segment, from: number, to: number): boolean {
  return TITLE_BEFORE.test(segment.text.slice(Math.max(0, from - 70), from)) || TITLE_AFTER.test(segment.text.slice(to, to + 60)) || POST_NOMINAL.test(segment.text.slice(from, to));
}

const KINDS = new Set(['prose', 'heading', 'cell', 'alt', 'attribute', 'frontmatter', 'comment', 'html']);

export const namedStaff = detector(meta, ({ segments, settings, lang, emit }) => {
  const holders = (settings.site?.officeHolders ?? []).map((h) => h.name.split(/\s+/).map((w) => fold(w.replace(/\.$/, ''))).filter((w) => w !== 'dr'));
  const isHolder = (name: string) => holders.some((h) => { const words = name.split(/\s+/).map(fold); return words.every((w) => h.includes(w)); });
  for (const segment of segments) {
    if (!KINDS.has(segment.kind) || !/\p{Lu}/u.test(segment.text)) continue;
    const spans: Array<[number, number]> = [];
    for (const f of namesIn(segment, settings, lang === 'cy')) if (f.what === 'name' || f.what === 'role') spans.push([f.from, f.to]);
    // Names the lexicon does not know, recognised by the job beside them.
    const patterns = !opens(segment, JOB_GATE) ? [] : [...(JOB_CAPITAL.test(segment.text) ? [NAME_THEN_JOB] : []), ...(JOB_BEFORE.test(segment.lower) ? [JOB_THEN_NAME] : [])];
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(segment.text); m; m = pattern.exec(segment.text)) {
        const from = m.index + m[0].indexOf(m[1]!);
        if (NOT_A_PERSON.test(m[1]!.split(/\s+/)[0]!)) continue;
        spans.push([from, from + m[1]!.length]);
      }
    }
    // Names some detectors report with a risk (an age, an incident) are the person rule's.
    const risky = namesIn(segment, settings, lang === 'cy').filter((f) => f.what !== 'name' && f.what !== 'role');
    for (const [from, to] of spans) {
      if (risky.some((r) => r.from < to && from < r.to)) continue;
      if (senior(segment, from, to) || isHolder(segment.text.slice(from, to))) continue;
      emit(segment, from, to);
    }
  }
});
