/**
 * Operational detail (para 41b: nothing that might prejudice the prevention
 * or detection of crime, or compromise a school, prison or youth custody
 * setting): planned or named operations with targets or timing, patrol times
 * and places, covert tactics and intelligence sources, named suspects or
 * groups, and security weaknesses of a setting. Public campaign names
 * ("Operation Sceptre week of action") and general policy ("we use
 * intelligence to target resources") are not findings.
 */
import type { Localised, RuleMeta } from '../engine/types.ts';
import { detector, type ScanContext } from './detector.ts';
import { sentences } from './sentences.ts';
import { gate, opens, type WordGate } from './gates.ts';
import { DAY } from './words.ts';
import { mayHaveShape, operationalShape, SHAPE_WORDS } from './operational-shape.ts';
import { phrase } from './phrases.ts';

export const meta: RuleMeta = {
  id: 'redaction/operational',
  severity: 'error',
  paragraph: '41b',
};

const words = (list: string) => gate(list.split(' '));
const KINDS = new Set(['prose', 'heading', 'cell', 'alt', 'attribute', 'comment', 'html', 'frontmatter']);

interface Pattern {
  /** Words (lower case) one of which must be in the text before the full pattern runs. */
  gate: WordGate;
  /**
   * Then a quick test of the lower-case text (no flags: the regex engine's
   * fast path), for patterns whose gate words are everyday words ("line",
   * "staff", "security"): a literal every match of `test` contains.
   */
  hint?: RegExp;
  test: RegExp;
  /** Only counts when the sentence also matches this. */
  with?: RegExp;
  /** Does not count when the sentence matches this... */
  unlessSentence?: RegExp;
  /** ...unless it also matches this. */
  strong?: RegExp;
  /** Does not count when the match itself matches this. */
  unlessMatch?: RegExp;
  what: { what: Localised };
  severity: 'error' | 'warning';
}

const TIME = '(?:\\b\\d{1,2}(?::|\\.)\\d{2}\\s*(?:am|pm|yb|yh)?|\\b\\d{1,2}\\s*(?:am|pm|yb|yh)\\b|\\b\\d{4}\\s*(?:hours|hrs)\\b|\\bmidnight\\b|\\bhanner nos\\b)';
const NAMED_OP = "(?:\\bOperation|\\bOp\\.?|\\bYmgyrch)\\s+\\p{Lu}[\\p{L}'’-]+";
const TARGETS = /\b(?:target(?:s|ing|ed)?|warrants?|raids?|executed?|swoop|dawn|strike|arrests? of|addresses|nominals?|suspects?|will (?:be|take place|start|begin|run|go live)|planned for|is planned|are planned|next (?:week|month)|from \d|targedu|gwarant(?:au)?|cyrch(?:oedd)?|amheuwyr|cyfeiriadau|gwawr|wedi(?:'i| ei) gynllunio|yr wythnos nesaf|y mis nesaf)\b/iu;
const CAMPAIGN = /\b(?:week of action|awareness|amnesty|national|campaign|surrender bins?|wythnos o weithredu|ymwybyddiaeth|ymgyrch genedlaethol|cenedlaethol|amnest)\b/iu;

const PATTERNS: Pattern[] = [
  { gate: words('operation op ymgyrch'), test: new RegExp(NAMED_OP, 'gu'), with: TARGETS, unlessSentence: CAMPAIGN, strong: /\b(?:warrants?|raids?|nominals?|suspects?|addresses|gwarant(?:au)?|cyrch(?:oedd)?|amheuwyr)\b/iu, severity: 'error', what: { what: phrase('operational.named') } },
  {
    gate: words("raid raids warrant warrants crackdown enforcement operations operation cyrch cyrchoedd gwarant gwarantau gwarantau'n"),
    test: /\b(?:planned|upcoming|forthcoming|next)\s+(?:raids?|warrants?|operations?|crackdown|enforcement (?:day|activity|operation)|dawn raids?)\b|\b(?:warrants|raids) (?:will be|are to be) (?:executed|carried out)\b|\bcyrch(?:oedd)? (?:arfaethedig|sydd wedi(?:'u| eu) cynllunio)\b|\bgwarantau(?:['’]n| yn)? (?:i'w|a fydd yn cael eu|cael eu) gweithredu\b|\b(?:dawn raids?|raids?|warrants?|crackdown)\b(?=[^.]{0,80}\b(?:is|are|will be|has been|have been) (?:planned|scheduled|arranged|executed|carried out)\b)|\bcyrch(?:oedd)?\b(?=[^.]{0,80}\bwedi(?:'i|'u| ei| eu)? (?:gynllunio|drefnu)\b)/giu,
    hint: /planned|upcoming|forthcoming|next|raid|warrant|crackdown|cyrch|gwarant/,
    severity: 'error',
    what: { what: phrase('operational.enforcement') },
  },
  {
    gate: words('patrol patrols patrolling patrolled patrôl patrolau batrolau phatrolau patrolio visibility arch arches search bwâu'),
    test: /\b(?:patrols?|patrolling|patrolled|high[- ]visibility (?:presence|policing)|knife arches?|stop and search (?:operations?|activity)|patrôl|patrolau|batrolau|phatrolau|patrolio|bwâu cyllyll)\b/giu,
    with: new RegExp(`${TIME}|\\b(?:every|each|on|bob|ar)\\s+${DAY}|\\b(?:${DAY})\\s+(?:nights?|evenings?|between)|\\bnos\\s+(?:Wener|Sadwrn|Lun|Fawrth|Fercher|Iau|Sul)\\b|\\bbetween\\s+\\d|\\brhwng\\s+\\d`, 'iu'),
    severity: 'error',
    what: { what: phrase('operational.patrol') },
  },
  {
    gate: words('covert covertly undercover plain purchase purchases purchasing surveillance tracking listening chis informant informants informer informers handler handlers dedicated decoy cudd gudd cuddiedig dillad gwyliadwriaeth dyfais hysbysydd hysbyswyr ffynhonnell ffynonellau'),
    test: /\b(?:covert(?:ly)?|undercover|plain[- ]clothes|test purchas(?:e|es|ing)|surveillance (?:of|on|team|teams|operations?|officers?|cameras? (?:at|in|on))|tracking devices?|listening devices?|CHIS|covert human intelligence sources?|informants?|informers?|source handlers?|dedicated sources?|decoy|yn gudd|(?:camera|camerâu|swyddog(?:ion)?|heddwas|heddweision|dyfais|dyfeisiau|ffynhonnell|ffynonellau|gweithrediad(?:au)?|plismona|meicroffon|tactegau) (?:g|c)udd(?:iedig)?|dillad plaen|gwyliadwriaeth (?:ar|o|gudd)|dyfais olrhain|hysbyswyr?|ffynhonnell gudd|ffynonellau cudd)\b/giu,
    hint: /covert|undercover|plain|test purchas|surveillance|tracking device|listening device|chis|informant|informer|handler|dedicated source|decoy|gudd|cudd|dillad plaen|gwyliadwriaeth|dyfais olrhain|hysbysw/,
    unlessSentence: /\b(?:we do not|does not|do not|will not|never|no covert|ddim yn|nid ydym|nid yw['’]r bartneriaeth|ni fyddwn|Regulation of Investigatory Powers|RIPA|Surveillance Camera Commissioner)\b/iu,
    severity: 'error',
    what: { what: phrase('operational.covert') },
  },
  {
    gate: words('intelligence source informant wybodaeth'),
    test: /\b(?:intelligence (?:from|provided by|received from) (?:a|an|one|our) (?:source|informant|member of the public|resident|pupil|prisoner)|a source (?:close to|inside|within)|according to (?:a|an) (?:source|informant)|cudd-wybodaeth gan (?:ffynhonnell|hysbysydd))\b/giu,
    hint: /intelligence (?:from|provided|received)|a source |according to an? (?:source|informant)|cudd-wybodaeth gan/,
    severity: 'error',
    what: { what: phrase('operational.source') },
  },
  {
    gate: words('gang gangs crew firm ocg organised line suspect suspects nominal nominals amheuwr amheuwyr amheuir criw llinell'),
    test: /["'‘“]\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?["'’”]\s+(?:gang|crew|firm|OCG|organised crime group|line)\b|\bthe\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:gang|crew|firm|OCG|organised crime group|line)\b|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:gang|crew|OCG)\b|\b(?:OCG|organised crime group|gang|crew|county line|drug line) (?:known as|called|named|led by)\s+["'‘“]?\p{Lu}|\b(?:gang|criw|llinell) ["'‘“]\p{Lu}[^"'’”]{1,30}["'’”]|\b(?:[Ss]uspects?|[Nn]ominals?) (?:named|called|known as|include)\b|\b(?:amheuwyr?|amheuir) (?:o'r enw|a elwir)\b/gu,
    hint: /gang|crew|ocg|organised crime group|criw|llinell|suspect|nominal|amheu|county line|drug line|["'’”]\s+(?:firm|organised crime group|line)|the\s+\S+(?:\s+\S+)?\s+(?:firm|organised crime group|line)/,
    unlessMatch: /^(?:the\s+)?["'‘“]?(?:County|Youth|Serious|Violence|Gang|Gangs|Anti|National|Prevention|Reduction|Our|The|This|Local|Regional|Street)\s/u,
    severity: 'error',
    what: { what: phrase('operational.gang') },
  },
  {
    gate: words("cctv camera cameras camerâu blind unmonitored unlocked broken gap gaps staff guard guards supervision security weakness weaknesses vulnerability vulnerabilities easy drone drones throw throwover throwovers entry exit dall gloi torri wedi'i bwlch gwendid gwendidau"),
    test: /\b(?:CCTV|cameras?) (?:does not|doesn't|do not|don't|cannot|can't) (?:cover|reach|see|work)\b|\bblind spots?\b|\bunmonitored\b|\b(?:left )?unlocked\b|\bbroken (?:fence|gate|lock|door|window)s?\b|\bgaps? in the (?:fence|perimeter|wall)\b|\bno (?:staff|guards?|security|supervision) (?:on|at|between|after|before)\b|\b(?:weak(?:ness|nesses)?|vulnerabilit(?:y|ies)) in (?:the )?(?:security|perimeter|fence)\b|\beasy to (?:get|climb|break) (?:in|over|into)\b|\bdrones? (?:drop|drops|deliver)|\bthrow-?overs?\b|\b(?:entry|exit) points? (?:is|are) (?:not|un)|\bman(?:nau)? dall\b|\bheb ei gloi\b|\b(?:ffens|giât|gât|clo) wedi(?:'i| ei)? torri\b|\bbwlch yn y (?:ffens|wal)\b|\bnid yw['’]r camerâu\b|\bdim staff (?:ar|wrth|rhwng)\b|\bgwendid(?:au)? (?:yn|mewn|yn y) (?:diogelwch|ffens)\b/giu,
    hint: /cctv|camer|blind spot|unmonitored|unlocked|broken |gap|no staff|no guard|no security|no supervision|weak|vulnerabilit|easy to |drone|throw|entry point|exit point|dall|heb ei gloi|torri|bwlch|dim staff|gwendid/,
    severity: 'error',
    what: { what: phrase('operational.security') },
  },
];

const SHAPE_GATE = gate(SHAPE_WORDS);
const SHAPES = {
  deployment: { what: phrase('operational.deployment') },
  targeting: { what: phrase('operational.targeting') },
};

export const operational = detector(meta, ({ segments, emit }: ScanContext) => {
  for (const segment of segments) {
    if (!KINDS.has(segment.kind)) continue;
    // A sentence found by its shape is one finding, not one per code word in it as well.
    const shaped: Array<{ start: number; end: number }> = [];
    if (opens(segment, SHAPE_GATE) && mayHaveShape(segment.lower)) {
      for (const sentence of sentences(segment)) {
        const shape = operationalShape(sentence.text);
        if (!shape) continue;
        shaped.push(sentence);
        emit(segment, sentence.start, sentence.end, SHAPES[shape], 'error');
      }
    }
    for (const pattern of PATTERNS) {
      if (!opens(segment, pattern.gate) || (pattern.hint && !pattern.hint.test(segment.lower))) continue;
      pattern.test.lastIndex = 0;
      for (let m = pattern.test.exec(segment.text); m; m = pattern.test.exec(segment.text)) {
        if (pattern.unlessMatch?.test(m[0]) || shaped.some((s) => m!.index >= s.start && m!.index < s.end)) continue;
        if (pattern.with || pattern.unlessSentence) {
          const sentence = sentences(segment).find((s) => m!.index >= s.start && m!.index < s.end)?.text ?? segment.text;
          if (pattern.with && !pattern.with.test(sentence)) continue;
          if (pattern.unlessSentence?.test(sentence) && !pattern.strong?.test(sentence)) continue;
        }
        emit(segment, m.index, m.index + m[0].length, pattern.what, pattern.severity);
      }
    }
  }
});
