/**
 * The example partnership in content/ passes every statutory check: what the
 * README's `npm run build` publishes must be a strategy the Duty accepts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/lib/engine/analyse.ts';

const APP = join(import.meta.dirname, '..');

describe('the example site', () => {
  it('has a strategy and SNA summary in English and Welsh with no statutory check errors', () => {
    const analysis = analyse(APP, { sets: ['check'] });
    const collections = analysis.project.documents.filter((d) => d.data?.status === 'published').map((d) => `${d.collection}/${d.lang}`);
    expect(collections).toEqual(expect.arrayContaining(['strategy/en', 'strategy/cy', 'sna/en', 'sna/cy']));
    expect(analysis.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
