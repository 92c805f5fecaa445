export * from './calendar-linked.js';
export * from './definitions.js';
export * from './labels.js';
export * from './measures.js';
export * from './periods.js';
export * from './suppression.js';
