import { findPhoneNumbersInText } from 'libphonenumber-js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ROOT } from '../src/lib/build/config.ts';
import { phoneLinksStep } from '../src/lib/markdown/processor.ts';
import metadata from 'libphonenumber-js/metadata.min.json' with { type: 'json' };
import { MAY_HOLD_NUMBER } from '../src/lib/markdown/rehype-tel.ts';
import { renderHtml } from './helpers/satteri.ts';

/** The text through a satteri compile with the step Astro runs. */
function transform(html: string): string {
  return renderHtml(html, [phoneLinksStep]);
}

/** The tel: links in a fragment, as "text -> href". */
function links(html: string): string[] {
  return [...transform(html).matchAll(/<a class="govuk-link" href="(tel:[^"]+)">([^<]+)<\/a>/g)].map((m) => `${m[2]} -> ${m[1]}`);
}

describe('phone numbers', () => {
  it('links valid UK numbers in the text, and leaves other figures, links and headings alone', () => {
    const html = transform('<h2>Call 029 2018 0123</h2><p>Call us on 029 2018 0123 or Childline on 0800 1111. In 2025 there were 1,234 offences; 10.8 per 1,000.</p><p><a href="mailto:x@example.gov.uk">0300 123 4567</a></p>');
    expect(html).toContain('<h2>Call 029 2018 0123</h2>');
    expect(html).toContain('Call us on <a class="govuk-link" href="tel:+442920180123">029 2018 0123</a> or Childline on <a class="govuk-link" href="tel:+448001111">0800 1111</a>. In 2025 there were 1,234 offences; 10.8 per 1,000.');
    expect(html).toContain('<a href="mailto:x@example.gov.uk">0300 123 4567</a>');
  });

  // Sentences as published strategies and young people's pages write them.
  const shouldLink: [string, string[]][] = [
    ['<p>If you or someone else is in danger right now, call 999.</p>', ['999 -> tel:999']],
    ['<li>To report a crime that is not an emergency, call 101.</li>', ['101 -> tel:101']],
    ['<li>For urgent medical help that is not an emergency, call 111.</li>', ['111 -> tel:111']],
    ['<p><strong>Call 999</strong> in an emergency: if someone is in danger or seriously hurt.</p>', ['999 -> tel:999']],
    ['<p>In an emergency always call <strong>999</strong>.</p>', ['999 -> tel:999']],
    ['<p>You can ring 101 to give the police information, or phone 111 if you need medical advice.</p>', ['101 -> tel:101', '111 -> tel:111']],
    ['<p>You can call Samaritans on 116 123 for free, day or night.</p>', ['116 123 -> tel:116123']],
    ['<li>Mewn argyfwng, ffoniwch 999.</li>', ['999 -> tel:999']],
    ["<li>I roi gwybod am drosedd nad yw'n argyfwng, ffoniwch 101.</li>", ['101 -> tel:101']],
    ['<p>Os oes angen help meddygol brys arnoch, ffoniwch 111 am gyngor.</p>', ['111 -> tel:111']],
    ['<p>Gallwch ffonio Samariaid ar 116 123 am ddim.</p>', ['116 123 -> tel:116123']],
  ];
  it.each(shouldLink)('links the short number in %s', (html, expected) => {
    expect(links(html)).toEqual(expected);
  });

  const mustNotLink = [
    '<p>There were 101 incidents of knife crime in the year to March 2025.</p>',
    '<p>999 calls about violence rose by 12% in the year.</p>',
    '<p>Calls to 999 about violence in the night-time economy rose.</p>',
    '<p>In 2024, 111 people were admitted to hospital with an assault injury.</p>',
    '<p>Outreach workers call 111 young people a month.</p>',
    '<p>You can text 999 in an emergency if you have registered with the emergencySMS service.</p>',
    '<p>The team will call. 101 referrals were made in 2025.</p>',
    '<table><tr><td>Ward 3</td><td>101</td></tr></table>',
    '<h3>Call 999 in an emergency</h3>',
    '<p>Roedd 101 o ddigwyddiadau yn 2025.</p>',
    '<p>Cynyddodd galwadau 999 am drais 12%.</p>',
  ];
  it.each(mustNotLink)('leaves %s as text', (html) => {
    expect(links(html)).toEqual([]);
  });
});

describe('the first look before the search (MAY_HOLD_NUMBER)', () => {
  /** Every line of the example's, the fixtures' and the redaction corpus's text files: real figures, real numbers. */
  function corpusLines(): string[] {
    const roots = [join(APP_ROOT, 'content'), join(APP_ROOT, 'test', 'fixtures')];
    const lines: string[] = [];
    for (const root of roots) {
      for (const name of readdirSync(root, { recursive: true }) as string[]) {
        if (!/\.(mdx?|txt|ya?ml|json)$/.test(name)) continue;
        lines.push(...readFileSync(join(root, name), 'utf8').split('\n'));
      }
    }
    return lines;
  }

  it('passes every text in which libphonenumber-js finds a number, and no more than it must', () => {
    const lines = corpusLines();
    const withNumbers = lines.filter((line) => findPhoneNumbersInText(line, 'GB').length > 0);
    const withDigits = lines.filter((line) => /\d/.test(line));
    // A real corpus: numbers to find, and many more lines with figures that are not numbers.
    expect(withNumbers.length).toBeGreaterThan(20);
    expect(withNumbers.filter((line) => !MAY_HOLD_NUMBER.test(line))).toEqual([]);
    const looked = withDigits.filter((line) => MAY_HOLD_NUMBER.test(line)).length;
    expect(looked).toBeLessThan(withDigits.length * 0.8);
  });

  it.each([
    ['spaces', '029 2018 0123'],
    ['brackets and a hyphen', '(029) 2018-0123'],
    ['an international prefix and (0)', '+44 (0)29 2018 0123'],
    ['dots', '029.2018.0123'],
    ['slashes', '029/2018/0123'],
    ['non-breaking spaces', '029\u00A02018\u00A00123'],
    ['an en dash', '029 \u2013 2018 0123'],
    ['fullwidth digits', '\uFF10\uFF12\uFF19 \uFF12\uFF10\uFF11\uFF18 \uFF10\uFF11\uFF12\uFF13'],
    ['an extension', '029 2018 0123 ext. 45'],
    ['a plus and six digits in all', '+43 1234'],
    ['seven digits in all', '0800 1111'],
  ])('passes a number written with %s, which the library finds', (_name, text) => {
    expect(findPhoneNumbersInText(`Call us on ${text} today.`, 'GB').length).toBe(1);
    expect(MAY_HOLD_NUMBER.test(text)).toBe(true);
  });

  it('counts on the digits the library’s metadata says a number must have', () => {
    // Without a plus, a UK number: its shortest is seven digits, and 00 (the UK's international prefix) adds more.
    const countries = (metadata as unknown as { countries: Record<string, [callingCode: string, internationalPrefix: string, pattern: string, possibleLengths: number[]]> }).countries;
    const gb = countries.GB!;
    expect(Math.min(...gb[3])).toBe(7);
    expect(gb[1]).toBe('00');
    // With a plus, a country code and a number: six digits at the least.
    const shortest = Math.min(...Object.values(countries).map((country) => country[0].length + Math.min(...country[3])));
    expect(shortest).toBe(6);
  });

  it('stops figures that cannot be a number', () => {
    for (const text of ['In 2023, 1,234 offences (15%) were recorded.', 'Down 12.5 per cent from 2019 to 2022.', '£3.2m over 3 years', 'In 2023-24 and 2024/25 the rate fell.', 'Funding for 2025–26: 120,000.']) {
      expect(findPhoneNumbersInText(text, 'GB')).toEqual([]);
      expect(MAY_HOLD_NUMBER.test(text)).toBe(false);
    }
  });
});
