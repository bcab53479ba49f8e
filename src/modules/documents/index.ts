/** Documents: extraction from uploaded bytes and the checks over what was extracted. */
export * from './extract/index.js';
