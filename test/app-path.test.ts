/**
 * The app's install folder: Vite cannot build from a path with "#" or "%"
 * (seen: "#" ends in ERR_LOAD_URL for src/content.config.ts; "%" gives pages
 * linked to stylesheets that are not there). `svd build` says so first.
 */
import { describe, expect, it } from 'vitest';
import { appPathProblem } from '../src/lib/safety/app-path.ts';

describe('the app folder svd build runs from', () => {
  it('names the character and the folder, in English and Welsh, and says how to fix it', () => {
    const en = appPathProblem('/home/officer/Projects #2/svd-publisher')!;
    expect(en).toContain('"#"');
    expect(en).toContain('/home/officer/Projects #2/svd-publisher');
    expect(en).toContain('Move or rename the folder');
    const cy = appPathProblem('/home/swyddog/100% Cyngor/svd-publisher', 'cy')!;
    expect(cy).toContain('"%"');
    expect(cy).toContain('/home/swyddog/100% Cyngor/svd-publisher');
    expect(cy).toContain('Symudwch y ffolder');
  });

  it('lets spaces and Welsh letters through (those folders build)', () => {
    expect(appPathProblem('/home/officer/Partneriaeth Trais Difrifol ŵŷ/svd-publisher')).toBeUndefined();
  });
});
