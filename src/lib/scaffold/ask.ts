/**
 * Questions on the terminal for `svd new`, one line per answer. Lines are
 * read through one async iterator rather than readline's question(), which
 * drops lines that arrive before it is asked: answers piped in (a script, a
 * test) are then read exactly as typed ones are.
 */
import { createInterface } from 'node:readline';

export interface Asker {
  /** Ask; an empty answer takes `fallback` when there is one, else asks again. */
  ask(question: string, fallback?: string): Promise<string>;
  close(): void;
}

export function terminalAsker(input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Asker {
  const rl = createInterface({ input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question, fallback) {
      for (;;) {
        output.write(fallback ? `${question} [${fallback}] ` : `${question} `);
        const next = await lines.next();
        // The input ended: no more answers will come, so stop rather than wait forever.
        if (next.done) throw new Error('no answer (the input ended)');
        const answer = String(next.value).trim();
        // Piped answers are not echoed by a terminal: echo them, so the transcript reads as a dialogue.
        if (!(input as { isTTY?: boolean }).isTTY) output.write(`${answer}\n`);
        if (answer) return answer;
        if (fallback !== undefined) return fallback;
      }
    },
    close: () => rl.close(),
  };
}
