import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveStatic } from '../src/lib/build/serve.ts';

/** A raw GET, so malformed paths reach the server as written. */
function get(origin: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}/`, { path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the local static server', () => {
  it('serves the site under its base path, refuses escapes, and survives a malformed address', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'svd-serve-'));
    mkdirSync(join(dir, 'en'));
    writeFileSync(join(dir, 'en', 'index.html'), '<!doctype html><title>x</title>');
    const server = await serveStatic(dir, '/sv/');
    try {
      expect(await get(server.origin, '/sv/en/')).toBe(200);
      expect(await get(server.origin, '/en/')).toBe(404);
      expect(await get(server.origin, '/sv/%E0%A4')).toBe(400);
      expect(await get(server.origin, '/sv/..%2f..%2fetc/passwd')).toBe(403);
      // Still serving after the bad requests.
      expect(await get(server.origin, '/sv/en/')).toBe(200);
    } finally {
      await server.close();
    }
  });
});
