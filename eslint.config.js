// ESLint (flat config): typescript-eslint's type-aware rules, and import rules that keep the
// stages one-way (dataset -> loader -> neo4j -> queries -> api / cli / export): no cycles, no
// reaching back, and no reaching past a stage's public face, its index.ts (the zones below).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// The stages, in the order data flows. Each stage's zone below names the stages it may import
// (those it consumes); the CLI composes them all.
const STAGE = {
  dataset: 'src/dataset',
  loader: 'src/loader',
  neo4j: 'src/neo4j',
  queries: 'src/queries',
  api: 'src/api',
  cli: 'src/cli',
  export: 'src/export',
  draft: 'src/draft',
};
const STAGES = Object.values(STAGE);
// Shared bases: every stage may import them; they import no stage.
const BASES = ['src/domain', 'src/config', 'src/errors.ts', 'src/log.ts', 'src/paths.ts'];
// How Neo4j is started is the provisioner's business: callers go through provision/index.ts.
const PROVISION_INTERNALS = ['src/neo4j/provision/local-jvm', 'src/neo4j/provision/container.ts'];
const except = (...skip) => STAGES.filter((stage) => !skip.includes(stage));
const upstream = (stage, may) =>
  `Data flows one way (dataset -> loader -> neo4j -> queries -> api / cli / export): ${stage} may import only ${may} and the shared bases (domain, config, errors, log, paths).`;
const provisionMessage =
  'Reach the provisioner through its face (src/neo4j/index.ts from other stages, src/neo4j/provision/index.ts within neo4j), not its strategies.';

// Each stage's public face: the one file of it that other code may import. The CLI has none (it
// is the top: src/cli/index.ts runs the program and nothing imports the CLI).
const FACED = { ...STAGE, config: 'src/config', domain: 'src/domain' };
const SRC_PARTS = [...Object.values(FACED), 'src/errors.ts', 'src/log.ts', 'src/paths.ts'];
const faceMessage = (dir, faces) =>
  faces.length === 0
    ? 'Nothing imports the CLI: it is the top. Move what you need into the stage it belongs to.'
    : `Import ${dir} through its face (${faces.map((face) => `${dir}/${face.slice(2)}`).join(' or ')}), not its files; export there what other stages truly need.`;
/**
 * One zone per faced folder in `dirs`: the code `outside(dir)` (folders and files) may import
 * only the folder's `faces` (paths relative to it, as the rule's `except` wants).
 */
const faceZones = (outside, faces, dirs) =>
  dirs.map((dir) => {
    const allowed = dir === STAGE.cli ? [] : faces;
    return { target: outside(dir), from: dir, except: allowed, message: faceMessage(dir, allowed) };
  });
const otherSrcAndScripts = (dir) => [...SRC_PARTS.filter((part) => part !== dir), 'scripts'];
// bench/ and the tests that run the product import the stages through their faces too, and may
// also use the provisioner's face (the local-JVM strategy's API). Unit tests stay free to import
// the module whose pure logic they test.
const CONF_TEST = 'tests/integration/neo4j-conf.test.ts';
const ENTRY_TESTS = [
  'bench',
  'tests/e2e',
  'tests/support',
  'tests/integration/**/!(neo4j-conf.test.ts)',
];
const NOT_NEO4J = Object.values(FACED).filter((dir) => dir !== STAGE.neo4j);
// The API's second face, for the CLI: the schema and loaders without the HTTP server, so that a
// question does not load express and Apollo (index.ts exports the server).
const API_FACES = ['./index.ts', './in-process.ts'];
const NEO4J_FACES = ['./index.ts', './provision/index.ts'];
// The one exemption: the neo4j.conf test checks the local-JVM strategy's own parts (assembly,
// the rendered conf, the JDK found, the initial password) against Neo4j's own tools; no face
// should export them.
const CONF_TEST_PARTS = ['assemble', 'conf', 'initial-password', 'prerequisites'].map(
  (part) => `./provision/local-jvm/${part}.ts`,
);

const ZONES = [
  {
    target: BASES,
    from: STAGES,
    message: 'A shared base imports no stage: move the code into the stage that needs it.',
  },
  { target: STAGE.dataset, from: except(STAGE.dataset), message: upstream('dataset', 'itself') },
  {
    target: STAGE.loader,
    from: except(STAGE.loader, STAGE.dataset, STAGE.neo4j),
    message: upstream('loader', 'dataset and neo4j'),
  },
  { target: STAGE.neo4j, from: except(STAGE.neo4j), message: upstream('neo4j', 'itself') },
  {
    target: STAGE.queries,
    from: except(STAGE.queries, STAGE.neo4j),
    message: upstream('queries', 'neo4j'),
  },
  {
    target: STAGE.api,
    from: except(STAGE.api, STAGE.queries, STAGE.neo4j),
    message: upstream('api', 'queries and neo4j'),
  },
  {
    // A draft reads the dataset format, never the loader, the graph or the CLI: entities already
    // in the graph come in as values (the CLI reads them through the queries stage).
    target: STAGE.draft,
    from: except(STAGE.draft, STAGE.dataset),
    message: upstream('draft', 'dataset'),
  },
  {
    target: STAGE.export,
    from: except(STAGE.export, STAGE.queries, STAGE.neo4j),
    message: upstream('export', 'queries and neo4j'),
  },
  {
    target: [
      'src/!(neo4j)/**',
      'src/*.ts',
      'src/neo4j/!(provision)/**',
      'src/neo4j/*.ts',
      'scripts',
    ],
    from: PROVISION_INTERNALS,
    message: provisionMessage,
  },
  ...faceZones(
    otherSrcAndScripts,
    ['./index.ts'],
    Object.values(FACED).filter((dir) => dir !== STAGE.api),
  ),
  ...faceZones(otherSrcAndScripts, API_FACES, [STAGE.api]),
  ...faceZones(() => [...ENTRY_TESTS, CONF_TEST], ['./index.ts'], NOT_NEO4J),
  ...faceZones(() => ENTRY_TESTS, NEO4J_FACES, [STAGE.neo4j]),
  ...faceZones(() => CONF_TEST, [...NEO4J_FACES, ...CONF_TEST_PARTS], [STAGE.neo4j]),
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.neo4j/',
      'artifacts/',
      'coverage/',
      'bench/results/',
      'src/api/generated/',
      'src/cli/generated/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  // Tells import-x that .ts files are modules to parse (without it no-cycle sees no imports).
  importX.flatConfigs.typescript,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['bin/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: ZONES }],
    },
  },
  {
    // The dataset stage and the domain are pure: store types are the loader's business.
    files: ['src/dataset/**/*.ts', 'src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'neo4j-driver',
              message:
                'src/dataset and src/domain stay pure: hand the loader plain values (src/loader/driver-values.ts converts them).',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read JSON responses and assert their shape at run time: the assertion is the type check.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
