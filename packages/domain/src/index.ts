// Pure domain logic (no I/O) shared by server and web: name normalisation and matching, offer
// eligibility, pathway rule packs, indicator maths.
export * from './indicators/index.js';
export * from './names/index.js';
export * from './offers/index.js';
export * from './pathways/index.js';
export * from './referrals/index.js';
