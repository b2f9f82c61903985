import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { readTypeDefs } from '../../src/api/schema.js';
import { CLAIM_FILTERS, STANCES, stanceValue } from '../../src/domain/vocabulary.js';
import { PROJECT_ROOT } from '../../src/paths.js';
import config from '../../codegen.js';

describe('the SDL in graphql/', () => {
  const schema = buildASTSchema(parse(readTypeDefs().join('\n')));

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (
        type.name.startsWith('__') ||
        ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)
      )
        continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('has no Mutation or Subscription: the API is read-only', () => {
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
  });

  it('generates exactly the committed types (run `npm run codegen` after changing the SDL or src/cli/operations/)', async () => {
    const outputs = await generate({ ...config, cwd: PROJECT_ROOT, silent: true }, false);
    const generated = Object.fromEntries(
      outputs.map((o: { filename: string; content: string }) => [o.filename, o.content]),
    );
    const files = ['src/api/generated/resolvers.ts', 'src/cli/generated/operations.ts'];
    expect(Object.keys(generated).sort()).toEqual(files);
    for (const file of files)
      expect(generated[file], file).toBe(readFileSync(join(PROJECT_ROOT, file), 'utf8'));
  });

  it('lists exactly the stances of src/domain/vocabulary.ts', () => {
    const stance = schema.getType('Stance');
    if (!isEnumType(stance)) throw new Error('the SDL has no enum Stance');
    const values = stance.getValues().map((v) => v.name);
    expect(values).toEqual(STANCES.map(stanceValue));
  });

  it('lists exactly the claim filters of src/domain/vocabulary.ts', () => {
    const filter = schema.getType('ClaimFilter');
    if (!isEnumType(filter)) throw new Error('the SDL has no enum ClaimFilter');
    expect(filter.getValues().map((v) => v.name)).toEqual(
      CLAIM_FILTERS.map((c) => c.toUpperCase()),
    );
  });
});
