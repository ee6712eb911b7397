/**
 * WCAG 2.2 contrast (success criterion 1.4.3): the partnership's brand colour
 * is the background of the header and of buttons with white text, so it must
 * reach 4.5:1 against white.
 */
const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map(channel) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of `hex` against white. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

export const MIN_CONTRAST = 4.5;

/** The same hue darkened just enough to reach the minimum (a suggestion for the message). */
export function darkenedToPass(hex: string): string {
  const [r, g, b] = rgb(hex);
  for (let f = 1; f > 0; f -= 0.01) {
    const candidate = `#${[r, g, b].map((c) => Math.round(c * f).toString(16).padStart(2, '0')).join('')}`;
    if (contrastWithWhite(candidate) >= MIN_CONTRAST) return candidate;
  }
  return '#000000';
}
