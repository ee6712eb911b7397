/**
 * The build's one analysis, in a worker thread (started by
 * build/analysis-thread.ts), so it runs while Astro starts up and bundles on
 * the main thread: the machine's second core does it instead of Astro
 * waiting for it. The same calls `astro dev` and `svd check` make, in the
 * same order (analyse, then the published documents' text); only the result
 * is reduced to plain data to cross the thread (build/shipped.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyse } from '../engine/analyse.ts';
import { withPublishedText } from '../extract/published-text.ts';
import { describeError, type AnalysisRequest, type AnalysisReply } from './analysis-thread.ts';
import { shipAnalysis } from './shipped.ts';

const request = workerData as AnalysisRequest;
let reply: AnalysisReply;
try {
  const analysis = await withPublishedText(analyse(request.root, { now: request.now }));
  const shipped = shipAnalysis(request.root, analysis, { colour: request.colour });
  // This thread's own time from its start, the engine's imports included: they are work the analysis needs.
  const spent = process.threadCpuUsage();
  reply = { ok: true, analysis: shipped, wall: Math.round(performance.now()), cpu: Math.round((spent.user + spent.system) / 1000) };
} catch (error) {
  reply = { ok: false, error: describeError(error) };
}
parentPort!.postMessage(reply);
