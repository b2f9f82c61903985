import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The fields named `name` that a selection asks for, looking through inline fragments and
 * fragment spreads (`... on Person { statements }`): what a resolver needs to know to fetch a
 * nested answer in one round trip before the nested resolvers ask for it.
 */
export function selected(
  fields: readonly FieldNode[],
  name: string,
  info: Pick<GraphQLResolveInfo, 'fragments'>,
): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.name.value === name) found.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD)
        visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const field of fields) visit(field.selectionSet);
  return found;
}

/** Follows a path of field names down the selection: [] when any step is not asked for. */
export function selectedPath(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path: string[],
): FieldNode[] {
  return path.reduce<readonly FieldNode[]>(
    (fields, name) => selected(fields, name, info),
    info.fieldNodes,
  ) as FieldNode[];
}
