// Preloaded with `node -r` by bench.mjs: print the process's peak RSS (KiB) to stderr at exit.
process.on('exit', () => process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`));
