import { z } from 'zod';
import { TestimonyError } from '../errors.js';
import { redactUri } from './redact.js';

/**
 * Every setting comes from the environment. The Neo4j names are the ones Neo4j's own
 * tools (cypher-shell, Aura's .env files) use, so an Aura credentials file works as is.
 */
const port = z.coerce.number().int().min(1).max(65535);
const memory = z.string().regex(/^\d+[kmg]$/, 'expected a size such as 512m or 1g');
const boltScheme = /^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/;

export const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(boltScheme, 'expected neo4j://, neo4j+s://, bolt:// or bolt+s:// followed by a host')
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  TESTIMONY_NEO4J_HOME: z.string().min(1).default('.neo4j'),
  TESTIMONY_NEO4J_INSTANCE: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and dashes')
    .default('default'),
  TESTIMONY_NEO4J_BOLT_PORT: port.default(7687),
  TESTIMONY_NEO4J_HTTP_PORT: port.default(7474),
  TESTIMONY_NEO4J_HEAP: memory.default('512m'),
  TESTIMONY_NEO4J_PAGECACHE: memory.default('256m'),
  TESTIMONY_NEO4J_START_TIMEOUT_S: z.coerce.number().int().min(5).max(3600).default(180),
  TESTIMONY_API_HOST: z.string().min(1).default('127.0.0.1'),
  TESTIMONY_API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  TESTIMONY_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
});

export type Env = z.infer<typeof envSchema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // Empty strings (e.g. `NEO4J_URI=` in a .env file) mean "unset", not "invalid".
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = issue.path.join('.');
    return `${name}=${JSON.stringify(shown(name, source[name] ?? ''))}: ${issue.message}`;
  });
  throw new TestimonyError('CONFIG_INVALID', `Invalid environment:\n  ${lines.join('\n  ')}`, {
    hint: 'Fix or unset these variables; the README lists every variable with its default.',
  });
}

/** An invalid value as the error may echo it: never a URI's credentials. */
function shown(name: string, value: string): string {
  return name === 'NEO4J_URI' ? redactUri(value) : value;
}
