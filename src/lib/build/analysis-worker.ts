/**
 * The build's one analysis, in a worker thread (started by
 * build/analysis-thread.ts), so it runs while Astro starts up, bundles and
 * renders on the main thread: the machine's second core does it instead of
 * Astro waiting for it. The same calls `astro dev` and `svd check` make, in
 * the same order (read the project, run the rules, then the published
 * documents' text); only the results are reduced to plain data to cross the
 * thread (build/shipped.ts): the settings as soon as the project is read, the
 * findings when the rules have run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadProject } from '../content/load.ts';
import { run } from '../engine/analyse.ts';
import { withPublishedText } from '../extract/published-text.ts';
import { describeError, type AnalysisRequest, type WorkerMessage } from './analysis-thread.ts';
import { giveBackMemory } from './give-back-memory.ts';
import { buildSettings, shipAnalysis } from './shipped.ts';

const request = workerData as AnalysisRequest;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

/** The analysis as its last message. The project and its trees are this function's alone: garbage once it returns. */
async function analysed(): Promise<WorkerMessage> {
  try {
    const project = loadProject(request.root, { now: request.now });
    post({ kind: 'settings', settings: buildSettings(request.root, project) });
    const analysis = await withPublishedText(run(project));
    const shipped = shipAnalysis(analysis, { colour: request.colour });
    // This thread's own CPU from its start, the engine's imports included: they are work the analysis needs.
    const spent = process.threadCpuUsage();
    return { kind: 'done', ok: true, analysis: shipped, cpu: Math.round((spent.user + spent.system) / 1000) };
  } catch (error) {
    return { kind: 'done', ok: false, error: describeError(error) };
  }
}

post(await analysed());
// After the post, so the build never waits for it.
giveBackMemory();
