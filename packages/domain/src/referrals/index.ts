export * from './status-machine.js';
