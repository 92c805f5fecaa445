import { fuzzWriteEndpoints } from './write-endpoints.suite.js';

// `npm run test:fuzz`: 1,000 bad inputs per write endpoint, the routes shared by two files so
// that both workers fuzz (this file takes every second route from the first).
await fuzzWriteEndpoints({ runs: 1000, shard: [1, 2] });
