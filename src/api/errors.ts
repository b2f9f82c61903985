import { GraphQLError } from 'graphql';

/** A typed client error that names the argument, what is allowed, and what was given. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}
