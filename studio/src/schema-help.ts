/**
 * Reading the published JSON Schema at a place in the profile: the keys an
 * object may take, the values a field may hold and the description to show.
 * Pure; the JSON editor asks it for completion and hover help.
 */

/** The parts of a JSON Schema node the studio reads. */
export interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly items?: SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
}

/**
 * The schema nodes that may describe the value at `segments`. A `oneOf`
 * (the block types) is narrowed by the block's `type` where `typeAt` knows it.
 */
export function nodesAt(
  schema: SchemaNode,
  segments: readonly string[],
  typeAt: (depth: number) => string | undefined = () => undefined,
): SchemaNode[] {
  let nodes = expand(schema, typeAt(0));
  segments.forEach((segment, index) => {
    const next: SchemaNode[] = [];
    for (const node of nodes) {
      const child = node.properties?.[segment] ?? (/^\d+$/.test(segment) ? node.items : undefined);
      if (child) next.push(...expand(child, typeAt(index + 1)));
    }
    nodes = next;
  });
  return nodes;
}

function expand(node: SchemaNode, type: string | undefined): SchemaNode[] {
  const branches = node.oneOf ?? node.anyOf;
  if (!branches) return [node];
  const narrowed = type === undefined ? [] : branches.filter((branch) => branch.properties?.['type']?.const === type);
  const chosen = narrowed.length ? narrowed : branches;
  // A union keeps its own description (the block list's "The content, as blocks").
  return chosen.flatMap((branch) => expand(node.description && !branch.description ? {...branch, description: node.description} : branch, type));
}

/** One key an object may take. */
export interface KeyHelp {
  readonly key: string;
  readonly required: boolean;
  readonly description?: string;
  readonly type?: string;
}

/** The keys an object at `segments` may take, required ones first. */
export function keysAt(schema: SchemaNode, segments: readonly string[], typeAt?: (depth: number) => string | undefined): KeyHelp[] {
  const found = new Map<string, KeyHelp>();
  for (const node of nodesAt(schema, segments, typeAt)) {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (found.has(key)) continue;
      const type = child.type ?? (child.items ? 'array' : child.properties ? 'object' : undefined);
      found.set(key, {
        key,
        required: node.required?.includes(key) ?? false,
        description: child.description,
        type: typeof type === 'string' ? type : undefined,
      });
    }
  }
  return [...found.values()].sort((a, b) => Number(b.required) - Number(a.required));
}

/** The fixed values a field at `segments` may hold (consts, enums, booleans). */
export function valuesAt(schema: SchemaNode, segments: readonly string[], typeAt?: (depth: number) => string | undefined): unknown[] {
  const values = new Set<unknown>();
  for (const node of nodesAt(schema, segments, typeAt)) {
    if (node.const !== undefined) values.add(node.const);
    for (const value of node.enum ?? []) values.add(value);
    if (node.type === 'boolean') [true, false].forEach((value) => values.add(value));
  }
  return [...values];
}

/** The schema's description of the value at `segments`. */
export function describeAt(schema: SchemaNode, segments: readonly string[], typeAt?: (depth: number) => string | undefined): string | undefined {
  return nodesAt(schema, segments, typeAt).find((node) => node.description)?.description;
}
