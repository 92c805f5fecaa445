export * from './access.js';
export * from './auth.js';
export * from './casework.js';
export * from './clients.js';
export * from './common.js';
export * from './reference.js';
export * from './users.js';
