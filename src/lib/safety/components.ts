/**
 * THE COMPONENT REGISTRY: the only components content may use, each with the
 * props an author may write (a zod schema). Anything not listed here is
 * refused before the MDX compiles (`mdx/unknown-component`), and a prop the
 * schema does not allow is refused too (`mdx/component-props`).
 *
 * To add a component: add an entry here, pass it to `<Content components>`
 * in src/components/DocumentPage.astro, and describe it in docs/rules/mdx.md.
 * Props the build sets itself (Chart's `table`, `lang`, `id`, set by
 * rehype-tables) are deliberately left out: an author must not forge them.
 */
import { z } from 'astro/zod';

export interface ComponentSpec {
  /** What the component is for, in plain words (used in messages and docs). */
  purpose: { en: string; cy: string };
  /** Every prop an author may write, with its type. */
  props: z.ZodType;
}

export const COMPONENTS: Record<string, ComponentSpec> = {
  Chart: {
    purpose: { en: 'a bar chart drawn from the table inside it', cy: "siart bar wedi'i dynnu o'r tabl y tu mewn iddo" },
    props: z
      .object({
        title: z.string().min(1),
        description: z.string().min(1).optional(),
        column: z.union([z.string().min(1), z.number().int().positive()]).optional(),
      })
      .strict(),
  },
  Figure: {
    purpose: { en: 'a headline figure declared once in content/data/*.yaml, shown formatted for the page language', cy: "ffigur allweddol a ddatganwyd unwaith yn content/data/*.yaml, wedi'i ddangos yn fformat iaith y dudalen" },
    props: z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/) }).strict(),
  },
};

export const COMPONENT_NAMES = Object.keys(COMPONENTS);
