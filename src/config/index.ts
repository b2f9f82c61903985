// Configuration: the environment variables Testimony reads, validated once (loadEnv).
export { loadEnv, LOCAL_DEV_PASSWORD, type Env } from './env.js';
