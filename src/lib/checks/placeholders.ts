/**
 * Placeholder text: what authors type where a section's words will go later.
 * A section holding only this has not been written, so it counts as missing;
 * publishing "TBC" under a statutory heading would tell Welsh Ministers and
 * residents that the requirement is met when it is not.
 *
 * The patterns are deliberately narrow (whole tokens and well-known phrases in
 * English and Welsh). A section that has a real sentence next to "TBC" is not
 * placeholder-only: the redaction scan reports draft residue like that.
 */

/** Removed from a block's text; what is left must hold a letter or digit. */
const TOKENS: RegExp[] = [
  // Bracketed instructions: [insert figures], [add text here], [mewnosod ...], [rhowch ...].
  /\[[^\]]*\]/g,
  // English.
  /\b(?:tbc|tbd|tba|todo|to-do|fixme|xx+|placeholder|n\/a|not applicable)\b/gi,
  /\b(?:(?:text|content|words|details|welsh|translation|welsh translation|more)\s+)?(?:to\s+follow|coming\s+soon|to\s+come)\b/gi,
  /\bto\s+be\s+(?:confirmed|agreed|added|completed|written|drafted|decided|updated|provided|inserted)\b/gi,
  /\b(?:insert|add)\s+(?:text|content|details|figures)(?:\s+here)?\b/gi,
  /\btext\s+(?:goes\s+)?here\b/gi,
  // Welsh. Apostrophes are normalised to ' before matching.
  /\bi'w\s+(?:gadarnhau|wneud|ychwanegu|gwblhau|gytuno|hysgrifennu|ysgrifennu|benderfynu|ddiweddaru|darparu|drafftio)\b/gi,
  /\b(?:(?:testun|cynnwys|cyfieithiad|manylion|rhagor)\s+)?i\s+ddilyn\b/gi,
  /\byn\s+dod\s+yn\s+fuan\b/gi,
  /\b(?:amherthnasol|dim\s+yn\s+berthnasol)\b/gi,
  /\btestun\s+yma\b/gi,
];

/** A block containing these is filler through and through. */
const FILLER = /\blorem\s+ipsum\b/i;

export interface PlaceholderResult {
  /** True when, once placeholders are removed, no words are left. */
  placeholderOnly: boolean;
  /** The first placeholder seen, as the author wrote it, for the message. */
  sample?: string;
}

export function normalise(text: string): string {
  return text.replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Whether a block of text is only placeholders (empty text is not: that is "empty"). */
export function placeholderBlock(raw: string): PlaceholderResult {
  const text = normalise(raw);
  if (!text) return { placeholderOnly: false };
  const filler = FILLER.exec(text);
  if (filler) return { placeholderOnly: true, sample: filler[0] };
  let sample: string | undefined;
  let rest = text;
  for (const pattern of TOKENS) {
    rest = rest.replace(pattern, (match) => {
      sample ??= match.trim();
      return ' ';
    });
  }
  return { placeholderOnly: sample !== undefined && !/[\p{L}\p{N}]/u.test(rest), sample };
}
