/**
 * The version of the next annual edition: the major number goes up and the
 * minor resets, as partnerships number them ("1.0" then "2.0"; "1.2", a
 * corrected first edition, is followed by "2.0"). A bare number stays bare.
 */
export function nextVersion(version: string | undefined, edition: number): string {
  const match = /^(\d+)(?:\.\d+)*$/.exec(version?.trim() ?? '');
  if (!match) return `${edition + 1}.0`;
  const major = Number(match[1]) + 1;
  return version!.includes('.') ? `${major}.0` : String(major);
}
