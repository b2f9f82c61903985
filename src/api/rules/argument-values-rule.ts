import {
  getNamedType,
  GraphQLError,
  isEnumType,
  Kind,
  print,
  type ASTNode,
  type ASTVisitor,
  type ValidationContext,
} from 'graphql';
import { dayProblem } from '../../domain/index.js';
import { LIMITS } from '../args.js';

/** Ranges of the integer arguments, by name: checked on literals here, on variables in the resolvers. */
const RANGES: Record<string, { min: number; max: number }> = {
  first: LIMITS.first,
  maxHops: LIMITS.maxHops,
};

function report(context: ValidationContext, argument: string, message: string, node: ASTNode) {
  context.reportError(
    new GraphQLError(`Argument "${argument}" ${message}`, {
      nodes: node,
      extensions: { code: 'BAD_USER_INPUT', argument },
    }),
  );
}

/**
 * Literal argument values, checked before execution with messages that name the argument and
 * what it allows (graphql-js's own messages name neither the argument nor the allowed values).
 */
export function ArgumentValuesRule(context: ValidationContext): ASTVisitor {
  return {
    Argument(node) {
      const definition = context.getArgument();
      if (!definition || node.value.kind === Kind.VARIABLE || node.value.kind === Kind.NULL) return;
      const type = getNamedType(definition.type);
      const name = definition.name;
      if (isEnumType(type)) {
        const allowed = type.getValues().map((value) => value.name);
        // A list of enum values (`kinds: [COUNT, EVENT_DATE]`) is checked item by item.
        const items = node.value.kind === Kind.LIST ? node.value.values : [node.value];
        for (const item of items) {
          if (
            item.kind === Kind.VARIABLE ||
            (item.kind === Kind.ENUM && allowed.includes(item.value))
          )
            continue;
          report(context, name, `must be one of ${allowed.join(', ')}; got ${print(item)}.`, item);
        }
      } else if (type.name === 'Date') {
        const value = node.value.kind === Kind.STRING ? node.value.value : print(node.value);
        const problem = dayProblem(value);
        if (problem !== undefined)
          report(
            context,
            name,
            `must be a date YYYY-MM-DD that exists, e.g. "2016-09-08"; got ${print(node.value)} (${problem}).`,
            node.value,
          );
      } else if (RANGES[name] && node.value.kind === Kind.INT) {
        const { min, max } = RANGES[name];
        const value = Number(node.value.value);
        if (value < min || value > max)
          report(context, name, `must be between ${min} and ${max}; got ${value}.`, node.value);
      }
    },
  };
}
