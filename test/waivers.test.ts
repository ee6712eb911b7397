/**
 * Waivers as authors write them: stacked comments above one paragraph, and
 * misspelt rule ids.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/lib/engine/analyse.ts';
import { EN_PAGE, makeProject, mdx } from './helpers/project.ts';

const BODY = (waivers: string) =>
  `Intro paragraph.\n\n${waivers}\n\nRing the youth service on 01632 960555 or write to jo.bloggs@gmail.com.\n`;

describe('waivers', () => {
  it('lets several waiver comments stacked above one paragraph each cover it', () => {
    const root = makeProject({
      'content/pages/en/about.mdx': mdx(
        EN_PAGE,
        BODY(
          '{/* svd-waive redaction/phone: the youth service line is published. Approved by J. Whitfield, Head of VPU */}\n{/* svd-waive redaction/email: a published mailbox. Approved by J. Whitfield, Head of VPU */}',
        ),
      ),
    });
    const analysis = analyse(root, { sets: ['scan'] });
    expect(analysis.findings.filter((f) => f.rule.startsWith('redaction/'))).toEqual([]);
    expect(analysis.waived.map((w) => w.rule).sort()).toEqual(['redaction/email', 'redaction/phone']);
    expect(analysis.findings.filter((f) => f.rule === 'waiver/unused')).toEqual([]);
  });

  it('reports a waiver whose rule id does not exist', () => {
    const root = makeProject({
      'content/pages/en/about.mdx': mdx(EN_PAGE, 'Text.\n\n{/* svd-waive redaction/phon: our number. Approved by J. Whitfield */}\n\nMore text.\n'),
    });
    const analysis = analyse(root, { sets: ['check'] });
    expect(analysis.findings).toContainEqual(expect.objectContaining({ rule: 'waiver/unused', message: expect.stringContaining('redaction/phon') }));
  });
});
