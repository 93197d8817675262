import {
  CST,
  Composer,
  type Document,
  type LineCounter,
  Lexer,
  type Node,
  Parser,
  YAMLParseError,
  isAlias,
  isMap,
  isSeq,
} from 'yaml';

/**
 * How much one import may hold, in all its files together. Parsing YAML (and JSON, read by the
 * same parser for its line numbers) takes about 50 bytes of memory per byte of text and
 * 700 bytes per value, and every file of an import is held until it commits: these bounds keep
 * one import well inside the default heap. 100,000 reports with a citation each, written out in
 * block style, are about 53 MB and 3.6 million values.
 */
export const IMPORT_LIMITS = {
  maxBytes: 64 * 1024 * 1024,
  /** keys, values and collections, counted as the text is read and again with aliases expanded */
  maxNodes: 4_000_000,
  /** the import format nests seven levels deep; 64 leaves room and keeps recursion shallow */
  maxDepth: 64,
} as const;

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** A limit a file exceeds, with the 1-based line where it did (null: the file as a whole). */
export class LimitExceededError extends Error {
  constructor(
    readonly line: number | null,
    message: string,
  ) {
    super(message);
  }
}

/** What one import may still read: each of its files draws on the same budget. */
export class ImportBudget {
  private bytes = 0;
  private nodes = 0;
  constructor(readonly limits: typeof IMPORT_LIMITS = IMPORT_LIMITS) {}

  chargeBytes(count: number): void {
    this.bytes += count;
    if (this.bytes > this.limits.maxBytes) {
      throw new LimitExceededError(
        null,
        `takes the import past ${mb(this.limits.maxBytes)} of text, the most one import may hold; split the files into several imports`,
      );
    }
  }

  chargeNodes(count: number, line: () => number | null): void {
    this.nodes += count;
    if (this.nodes > this.limits.maxNodes) {
      throw new LimitExceededError(
        line(),
        `takes the import past ${this.limits.maxNodes.toLocaleString('en')} values (keys included), the most one import may hold; split the files into several imports`,
      );
    }
  }

  /** true once a charge went past a limit */
  get exhausted(): boolean {
    return this.bytes > this.limits.maxBytes || this.nodes > this.limits.maxNodes;
  }

  get nodesLeft(): number {
    return this.limits.maxNodes - this.nodes;
  }
}

/**
 * Charges a CSV file's cells to the budget before it is parsed: every comma and line break can
 * start a cell (a quoted comma is counted too, so this errs on the safe side), and the line
 * where the count crosses the limit is the one named.
 */
export function chargeCsvCells(bytes: Uint8Array, budget: ImportBudget): void {
  const COMMA = 0x2c;
  const NEWLINE = 0x0a;
  const left = budget.nodesLeft;
  let cells = 1;
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === NEWLINE) line++;
    if ((b === COMMA || b === NEWLINE) && ++cells > left) budget.chargeNodes(cells, () => line);
  }
  budget.chargeNodes(cells, () => line);
}

/** Lexical tokens that start a node: scalars, aliases, flow collections and block sequence items. */
const NODE_TOKENS = new Set([
  'scalar',
  'single-quoted-scalar',
  'double-quoted-scalar',
  'alias',
  'block-scalar-header',
  'flow-map-start',
  'flow-seq-start',
  'seq-item-ind',
]);

/**
 * Parses YAML or JSON text into a Document, refusing nesting, size and alias expansion past the
 * limits *before* anything recursive walks it: the lexer and parser are iterative, so depth and
 * node count are checked token by token; composition (recursive) runs only on a document known
 * to be shallow; alias expansion is measured on the composed nodes before `toJS` would expand it.
 */
export function composeWithinLimits(source: string, lineCounter: LineCounter, budget: ImportBudget): Document.Parsed {
  const tokens = readTokens(source, lineCounter, budget);
  const composer = new Composer({ uniqueKeys: true, prettyErrors: false });
  let doc: Document.Parsed | null = null;
  for (const next of composer.compose(tokens, true, source.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'),
      );
      break;
    }
  }
  if (doc!.errors.length === 0) checkAliases(doc!, lineCounter, budget);
  return doc!;
}

function readTokens(source: string, lineCounter: LineCounter, budget: ImportBudget): CST.Token[] {
  const parser = new Parser(lineCounter.addNewLine);
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  const { maxDepth } = budget.limits;
  let nodes = 0;
  for (const lexeme of new Lexer().lex(source)) {
    const at = parser.offset;
    const type = CST.tokenType(lexeme);
    if (type !== null && NODE_TOKENS.has(type) && ++nodes % 1024 === 0)
      budget.chargeNodes(1024, () => lineCounter.linePos(at).line);
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The parser's stack holds the document and each collection still open around this token.
    if (parser.stack.length > maxDepth + 2)
      throw new LimitExceededError(lineCounter.linePos(at).line, `nests values more than ${maxDepth} levels deep`);
  }
  for (const token of parser.end()) tokens.push(token);
  budget.chargeNodes(nodes % 1024, () => null);
  return tokens;
}

/**
 * Charges the values aliases add once expanded (what `toJS` and every walk after it would visit)
 * to the budget, refusing an alias that points into itself or to no anchor. Recursion is safe
 * here: readTokens has bounded the depth.
 */
function checkAliases(doc: Document.Parsed, lineCounter: LineCounter, budget: ImportBudget): void {
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  const open = new Set<Node>();
  let expanded = 0;
  const line = (node: Node) => (node.range ? lineCounter.linePos(node.range[0]).line : null);
  const size = (node: unknown): number => {
    if (!node || typeof node !== 'object') return 0;
    const n = node as Node;
    if (isAlias(n)) {
      const target = anchors.get(n.source);
      if (!target) throw new LimitExceededError(line(n), `alias *${n.source} has no anchor &${n.source} before it`);
      if (open.has(target))
        throw new LimitExceededError(line(n), `alias *${n.source} refers to a value that contains it`);
      const added = sizes.get(target)!;
      expanded += added;
      if (expanded > budget.nodesLeft) {
        throw new LimitExceededError(
          line(n),
          `alias *${n.source} takes the import past ${budget.limits.maxNodes.toLocaleString('en')} values once aliases are expanded`,
        );
      }
      return added;
    }
    // Only anchored nodes can be aliased, so only they are tracked.
    if (n.anchor) {
      anchors.set(n.anchor, n);
      open.add(n);
    }
    let total = 1;
    if (isMap(n)) for (const pair of n.items) total += size(pair.key) + size(pair.value);
    else if (isSeq(n)) for (const item of n.items) total += size(item);
    if (n.anchor) {
      open.delete(n);
      sizes.set(n, total);
    }
    return total;
  };
  size(doc.contents);
  budget.chargeNodes(expanded, () => null);
}
