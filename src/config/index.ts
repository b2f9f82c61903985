// Configuration: the environment variables Testimony reads, validated once (loadEnv).
export { loadEnv, type Env } from './env.js';
export { redactUri } from './redact.js';
export { parseTokenHashes } from './token-hashes.js';
