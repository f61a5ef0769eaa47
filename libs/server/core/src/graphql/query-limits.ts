import {
  ASTVisitor,
  FieldNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLNamedType,
  isListType,
  isObjectType,
  Kind,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../pagination/pagination';

export interface QueryLimits {
  /** Deepest allowed field nesting. */
  maxDepth: number;
  /** Largest estimated number of field resolutions. */
  maxCost: number;
  /** Most aliased fields in one operation. */
  maxAliases: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxCost: 50_000, maxAliases: 30 };

/** Plain lists (roles, offices, memberships, roots) are assumed this long. */
const ASSUMED_LIST_SIZE = 10;

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

/**
 * A validation rule refusing operations too deep, too costly or with too
 * many aliases before anything runs. The cost of a field is the number of
 * times it resolves: the product of the page sizes (`first`, or 100 when not
 * a literal) of the connections above it.
 */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_QUERY_LIMITS) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const root =
        node.operation === 'mutation' ? context.getSchema().getMutationType() : context.getSchema().getQueryType();
      if (!root) return;
      const seen = new Set<string>();
      const m = measure(context, node.selectionSet, root, 1, 1, seen);
      const refuse = (message: string) =>
        context.reportError(new GraphQLError(message, { nodes: [node] }));
      if (m.depth > limits.maxDepth) refuse(`Query depth ${m.depth} exceeds ${limits.maxDepth}`);
      if (m.cost > limits.maxCost) refuse(`Query cost ${m.cost} exceeds ${limits.maxCost}: ask for smaller pages or fewer levels`);
      if (m.aliases > limits.maxAliases) refuse(`Query uses ${m.aliases} aliases, more than ${limits.maxAliases}`);
    },
  });
}

function pageSize(field: FieldNode): number {
  const first = field.arguments?.find((a) => a.name.value === 'first');
  if (first?.value.kind === Kind.INT) return Math.min(Number(first.value.value), MAX_PAGE_SIZE);
  return MAX_PAGE_SIZE;
}

function measure(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  parentType: GraphQLNamedType,
  multiplier: number,
  depth: number,
  fragmentsOnPath: Set<string>,
): Measure {
  const total: Measure = { depth, cost: 0, aliases: 0 };
  for (const selection of selectionSet.selections) {
    let inner: Measure | undefined;
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) total.aliases += 1;
      total.cost += multiplier;
      if (!selection.selectionSet || !isObjectType(parentType)) continue;
      const def = parentType.getFields()[selection.name.value];
      if (!def) continue;
      const type = getNamedType(def.type);
      const isConnection = type.name.endsWith('Connection');
      const insideConnection = parentType.name.endsWith('Connection') && selection.name.value === 'nodes';
      const times = isConnection ? pageSize(selection) : isListType(getNullableType(def.type)) && !insideConnection ? ASSUMED_LIST_SIZE : 1;
      inner = measure(context, selection.selectionSet, type, multiplier * times, depth + 1, fragmentsOnPath);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : parentType;
      inner = measure(context, selection.selectionSet, type ?? parentType, multiplier, depth, fragmentsOnPath);
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      if (!fragment || fragmentsOnPath.has(name)) continue; // cycles are refused by graphql's own rules
      const type = context.getSchema().getType(fragment.typeCondition.name.value) ?? parentType;
      inner = measure(context, fragment.selectionSet, type, multiplier, depth, new Set([...fragmentsOnPath, name]));
    }
    if (inner) {
      total.depth = Math.max(total.depth, inner.depth);
      total.cost += inner.cost;
      total.aliases += inner.aliases;
    }
  }
  return total;
}
