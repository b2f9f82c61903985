/* global process */
// Preloaded with `node --import` by tests: prints, at exit, every module URL the process loaded,
// so that a test can say which code a command ran (compiled or TypeScript) and what it left out.
import { registerHooks } from 'node:module';

const loaded = [];
registerHooks({
  load(url, context, nextLoad) {
    loaded.push(url);
    return nextLoad(url, context);
  },
});
process.on('exit', () => process.stderr.write(`\nLOADED ${JSON.stringify(loaded)}\n`));
