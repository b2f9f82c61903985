import { z } from 'zod';
import { TestimonyError } from '../errors.js';
import { redactUri } from './redact.js';
import { secretPrefix, tokenHashesProblem } from './token-hashes.js';

/**
 * Every setting comes from the environment. The Neo4j names are the ones Neo4j's own
 * tools (cypher-shell, Aura's .env files) use, so an Aura credentials file works as is.
 */
const port = z.coerce.number().int().min(1).max(65535);
const memory = z.string().regex(/^\d+[kmg]$/, 'expected a size such as 512m or 1g');
const milliseconds = z.coerce.number().int().min(100).max(3_600_000);
/** A DNS name or an IP literal (IPv6 with or without brackets). */
const hostName =
  /^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$|^\[?[0-9a-f:.]+\]?$/i;
const boltScheme = /^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/;

/** Who may read the API (see src/api/auth.ts); none of these set means an open API, loopback only. */
const apiAuthSettings = {
  // The same check as a tokens file's (token-hashes.ts): comments and newlines alike.
  TESTIMONY_API_TOKEN_HASHES: z
    .string()
    .superRefine((text, ctx) => {
      const problem = tokenHashesProblem(text, 'the list');
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  TESTIMONY_API_TOKENS_FILE: z.string().min(1).optional(),
  // Keys fetched over plain HTTP could be swapped by anyone on the path: https, or loopback.
  TESTIMONY_API_JWKS_URL: z
    .url({ protocol: /^https?$/ })
    .refine((url) => url.startsWith('https:') || isLoopbackUrl(url), {
      message:
        'expected an https:// URL (plain http:// only to this machine: 127.0.0.1, ::1, localhost)',
    })
    .optional(),
  TESTIMONY_API_JWT_KEY_FILE: z.string().min(1).optional(),
  TESTIMONY_API_JWT_ISSUER: z.string().min(1).optional(),
  TESTIMONY_API_JWT_AUDIENCE: z.string().min(1).optional(),
};

/** A JWT is checked against its issuer and audience, always: a key alone would accept any app's tokens. */
function requireJwtClaims(env: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const keyed = env.TESTIMONY_API_JWKS_URL || env.TESTIMONY_API_JWT_KEY_FILE;
  for (const name of ['TESTIMONY_API_JWT_ISSUER', 'TESTIMONY_API_JWT_AUDIENCE'])
    if (keyed && !env[name])
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message: 'required with TESTIMONY_API_JWKS_URL or TESTIMONY_API_JWT_KEY_FILE',
      });
  if (env.TESTIMONY_API_JWKS_URL && env.TESTIMONY_API_JWT_KEY_FILE)
    ctx.addIssue({
      code: 'custom',
      path: ['TESTIMONY_API_JWT_KEY_FILE'],
      message: 'set either TESTIMONY_API_JWKS_URL or TESTIMONY_API_JWT_KEY_FILE, not both',
    });
}

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
  /** The most one transaction may hold in the local server's heap; unset: half the heap. */
  TESTIMONY_NEO4J_TX_MEMORY: memory.optional(),
  TESTIMONY_NEO4J_START_TIMEOUT_S: z.coerce.number().int().min(5).max(3600).default(180),
  TESTIMONY_API_HOST: z.string().min(1).default('127.0.0.1'),
  TESTIMONY_API_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  ...apiAuthSettings,
  // Host names the API answers besides loopback (DNS rebinding: any other Host header gets 421).
  TESTIMONY_API_ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    )
    .refine((names) => names.every((name) => hostName.test(name)), {
      message: 'expected host names without ports, comma-separated (api.example.org,10.0.0.5)',
    }),
  // Connection bounds of the API; unset ones keep the API's defaults (src/api/connections.ts).
  TESTIMONY_API_KEEP_ALIVE_TIMEOUT_MS: milliseconds.optional(),
  TESTIMONY_API_HEADERS_TIMEOUT_MS: milliseconds.optional(),
  TESTIMONY_API_REQUEST_TIMEOUT_MS: milliseconds.optional(),
  TESTIMONY_API_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1_000_000).optional(),
  TESTIMONY_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /** A folder whose files any dataset may name as sources (besides the dataset's own folder). */
  TESTIMONY_SOURCES_ROOT: z.string().min(1).optional(),
  /** The largest source file a dataset may read, in MB. */
  TESTIMONY_SOURCE_MAX_MB: z.coerce.number().int().min(1).max(1024).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
});

export type Env = z.infer<typeof envSchema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // Empty strings (e.g. `NEO4J_URI=` in a .env file) mean "unset", not "invalid".
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const parsed = envSchema.superRefine(requireJwtClaims).safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = issue.path.join('.');
    return `${name}=${JSON.stringify(shown(name, source[name] ?? ''))}: ${issue.message}`;
  });
  throw new TestimonyError('CONFIG_INVALID', `Invalid environment:\n  ${lines.join('\n  ')}`, {
    hint: 'Fix or unset these variables; the README lists every variable with its default.',
  });
}

/** Variables that hold secrets, or what could be one (a token pasted for its hash). */
const SECRETS = new Set(['NEO4J_PASSWORD', 'TESTIMONY_API_TOKEN_HASHES']);

/** An invalid value as the error may echo it: never a URI's credentials, never a secret. */
function shown(name: string, value: string): string {
  if (SECRETS.has(name)) return secretPrefix(value);
  return name === 'NEO4J_URI' ? redactUri(value) : value;
}

/** Whether a URL names this machine: only then can no one else on the path read or change it. */
function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
