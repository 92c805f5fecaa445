import { fuzzWriteEndpoints } from './write-endpoints.suite.js';

// A sample in `npm test` (FUZZ_RUNS, 100 by default); the full 1,000 per endpoint run in
// `npm run test:fuzz` (write-endpoints-*.fuzz.ts).
await fuzzWriteEndpoints({ runs: Number(process.env.FUZZ_RUNS ?? 100) });
