/**
 * Identification without names, small numbers in prose, operations by shape
 * and public contact details (issue 14): the three misses the issue reports,
 * their Welsh equivalents, and how severity grows with what is combined.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, scanSnippet } from '../src/lib/redaction/evaluate.ts';
import type { Lang } from '../src/lib/engine/types.ts';

const { site } = loadCorpus(join(import.meta.dirname, 'fixtures', 'redaction'));
const scan = (text: string, lang: Lang = 'en') => scanSnippet({ text, lang }, site);
/** "severity rule" for each finding of one rule. */
const of = (text: string, rule: string, lang: Lang = 'en') => scan(text, lang).messages.filter((m) => m.includes(` ${rule} `)).map((m) => m.split(' ').slice(1, 3).join(' '));

describe('redaction/jigsaw', () => {
  it('finds the unnamed stabbed boy from the issue, in English and in Welsh (with its mutations)', () => {
    expect(of('A 15-year-old boy from the White City estate was stabbed outside the youth club last March.', 'redaction/jigsaw')).toEqual(['error redaction/jigsaw']);
    expect(of("Cafodd bachgen 15 oed o stad White City ei drywanu y tu allan i'r clwb ieuenctid fis Mawrth diwethaf.", 'redaction/jigsaw', 'cy')).toEqual(['error redaction/jigsaw']);
    expect(of('Cafodd person ifanc 16 oed ei arestio yng nghlwb ieuenctid Ferndale ar 12 Hydref.', 'redaction/jigsaw', 'cy')).toEqual(['error redaction/jigsaw']);
  });

  it('is a warning with one piece besides the event, and says how many pieces it combined', () => {
    expect(of('A woman was assaulted on Boxing Day.', 'redaction/jigsaw')).toEqual(['warning redaction/jigsaw']);
    const message = scan('A Year 11 student at the pupil referral unit was assaulted on the way home on Tuesday.').messages.join('\n');
    expect(message).toContain('an exact age or school year, a small place, a specific time and a distinctive event');
    const welsh = scanSnippet({ text: 'Ymosodwyd ar fenyw ar Ŵyl San Steffan.', lang: 'cy' }, site).messages;
    expect(welsh.join('\n')).toContain('redaction/jigsaw');
  });

  it('passes aggregates, groups, an age with an event only, and leaves a named person to the person rule', () => {
    for (const text of [
      'Most victims of knife crime were aged 15 to 19, and most incidents happened on Friday and Saturday nights.',
      'Every 16-year-old who is arrested is offered a youth worker in custody.',
      'A 16-year-old was arrested for possession of a knife.',
      'The youth club on the Penlan estate is open on Tuesday and Thursday evenings from 6pm.',
    ])
      expect(of(text, 'redaction/jigsaw'), text).toEqual([]);
    const named = scan('Ruby Evans, aged 12, went missing from her children\'s home in March.');
    expect([...named.rules]).toContain('redaction/person');
    expect([...named.rules]).not.toContain('redaction/jigsaw');
  });
});

describe('redaction/small-number in prose', () => {
  it('finds a small count by a small place, in digits and in words, English and Welsh', () => {
    for (const [text, lang] of [
      ['2 further reports came from the Old Oak estate.', 'en'],
      ['Daeth 2 adroddiad pellach o stad Old Oak.', 'cy'],
      ['Daeth dau adroddiad arall o stad Old Oak.', 'cy'],
    ] as const)
      expect([...scan(text, lang).rules], text).toContain('redaction/small-number');
  });

  it('does not read "one case" as a count of one person', () => {
    expect([...scan('One case stood out: the referral came from a teacher.').rules]).toEqual([]);
  });
});

describe('redaction/named-staff', () => {
  it('asks about named staff, in English and Welsh, as a warning', () => {
    expect(of('The needs assessment was written by Tom Baxter, Data Analyst in the Community Safety Team.', 'redaction/named-staff')).toEqual(['warning redaction/named-staff']);
    expect(of("Mae'r gweithiwr ieuenctid Kelly Owens yn cynnal y sesiwn nos Wener.", 'redaction/named-staff', 'cy')).toEqual(['warning redaction/named-staff']);
  });

  it('does not ask about senior office holders named with their title, before or after the name', () => {
    for (const [text, lang] of [
      ['The strategy was signed by Chief Constable Dafydd Llewelyn and the council\'s Chief Executive, Karen Ashworth.', 'en'],
      ['Councillor Sian Parry, Cabinet Member for Communities, answered questions from residents.', 'en'],
      ['Llofnodwyd y strategaeth gan y Prif Gwnstabl Dafydd Llewelyn a Phrif Weithredwr y cyngor, Karen Ashworth.', 'cy'],
    ] as const)
      expect([...scan(text, lang).rules], text).toEqual([]);
  });
});

describe('redaction/operational by shape', () => {
  it('finds a planned deployment with place, nights and hours and a target group, with no code word, in English and Welsh', () => {
    expect(of('From next week, officers will patrol the Penlan estate on Friday and Saturday nights between 10pm and 2am, targeting the group of young men who gather near the skate park.', 'redaction/operational')).toEqual(['error redaction/operational']);
    expect(of("O'r wythnos nesaf, bydd swyddogion yn patrolio stad Penlan ar nosweithiau Gwener a Sadwrn rhwng 10yh a 2yb, gan dargedu'r grŵp o ddynion ifanc sy'n ymgasglu ger y parc sglefrio.", 'redaction/operational', 'cy')).toEqual(['error redaction/operational']);
    expect(of("Bydd y tîm ymateb yn targedu'r delwyr sy'n defnyddio'r danffordd ar Heol y Felin yn ystod taith yr ysgol.", 'redaction/operational', 'cy')).toEqual(['error redaction/operational']);
  });

  it('passes general policy and town-wide routine', () => {
    for (const text of [
      'We will use police and partner data to target resources at the places where violence is most common.',
      'Officers patrol the town centre at weekends as part of the night-time economy plan.',
      "Targeting knife crime among under-25s is one of the board's three priorities.",
    ])
      expect(of(text, 'redaction/operational'), text).toEqual([]);
  });
});

describe('public contact details', () => {
  it('does not report the issue\'s false alarms: a department\'s consultation line and a town hall\'s address and postcode as a venue', () => {
    for (const [text, lang] of [
      ['You can respond by phone on the Home Office public consultation line, 020 7946 0550.', 'en'],
      ['Venue: Council Chamber, Marchford Town Hall, 1 Market Square, Marchford MF1 1AA', 'en'],
      ['Lleoliad: Siambr y Cyngor, Neuadd y Dref Marchford, 1 Sgwâr y Farchnad, Marchford MF1 1AA', 'cy'],
      ['Switsfwrdd Cyngor Dosbarth Marchford: 01632 960 000', 'cy'],
      ['Marchford Youth Justice Service, Unit 4, Riverside Business Park, Marchford MF3 7JD. Telephone 01632 960 410.', 'en'],
      ['Send comments to consultations@gororau.police.uk or policy.team@cwm-arian.gov.uk.', 'en'],
    ] as const)
      expect(scan(text, lang).messages, text).toEqual([]);
  });

  it('still blocks a person\'s own mobile, direct line, home address and first.last email', () => {
    const found = (text: string, lang: Lang = 'en') => scan(text, lang).messages.filter((m) => m.includes(' error ')).map((m) => m.split(' ')[2]);
    expect(found('Text Gareth, our outreach worker, on 07700 900 412.')).toEqual(['redaction/phone']);
    expect(found("Ring Gemma's direct line, 029 2018 0390, to book a place.")).toEqual(['redaction/phone']);
    expect(found('Contact: Lara Fenwick, lara.fenwick@marchford.gov.uk')).toEqual(['redaction/email']);
    expect(found('She was staying at her aunt\'s, 14 Cranmer Street, Marchford MF1 2AB.')).toEqual(expect.arrayContaining(['redaction/address', 'redaction/postcode']));
    expect(found('Tecstiwch Gareth ar ei ffôn symudol, 07700 900 412.', 'cy')).toEqual(['redaction/phone']);
  });
});
