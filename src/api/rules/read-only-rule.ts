import { GraphQLError, OperationTypeNode, type ASTVisitor, type ValidationContext } from 'graphql';

/**
 * The API is read-only: a mutation or subscription is refused during validation with a clear
 * message (graphql-js would only fail it during execution, as an unexplained internal error).
 */
export function ReadOnlyRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation === OperationTypeNode.QUERY) return;
      context.reportError(
        new GraphQLError(
          `This API is read-only: it has no ${node.operation}s. Data is written by the seed loader (npm run seed).`,
          { nodes: node },
        ),
      );
    },
  };
}
