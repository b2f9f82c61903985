/* global process */
// Preloaded into the seed process by bench/load/loader.ts (`node --import`): at exit, the process's
// peak resident memory goes to stderr as one marked line, so the loader is measured as users run it.
process.on('exit', () => {
  process.stderr.write(`\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
