/**
 * Finds UI text written into the components instead of looked up with t(): JSX text with letters,
 * literal text in attributes people read (aria-label, title, placeholder, alt, label, legend…),
 * and sentence-like string literals anywhere else in a UI module (error messages, statuses).
 * Text that comes from the topic pack is data, not a literal, so it never shows up here.
 */
import ts from 'typescript';

/** Attributes and props whose value is read by a person (or a screen reader). */
const READ_PROPS = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label', 'legend', 'hint', 'heading', 'text', 'value-text']);
/** Calls whose string arguments are message keys, not text. */
const LOOKUPS = new Set(['t', 'tParts']);
const LETTER = /\p{L}/u;
/** Two words with a space between: a sentence or phrase, not an identifier, key or CSS class. */
const PHRASE = /\p{L}{2,}[^\S\n]+\p{L}{2,}/u;

export interface Finding {
  line: number;
  text: string;
  why: string;
}

/** Addresses and key names in <code> and <kbd> are the same in every language. */
const VERBATIM = new Set(['code', 'kbd']);

function isVerbatim(node: ts.JsxText): boolean {
  const parent = node.parent;
  return ts.isJsxElement(parent) && VERBATIM.has(parent.openingElement.tagName.getText());
}

/** `x === 'outlet'`, `'index' in res`: a value compared, not text shown. */
function isCompared(node: ts.Node): boolean {
  const p = node.parent;
  if (!ts.isBinaryExpression(p)) return false;
  const op = p.operatorToken.kind;
  return op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.InKeyword;
}

function isLookupArgument(node: ts.Node): boolean {
  const call = node.parent;
  return ts.isCallExpression(call) && ts.isIdentifier(call.expression) && LOOKUPS.has(call.expression.text) && call.arguments.includes(node as ts.Expression);
}

/** The name of the JSX attribute or object property the literal is the value of, if any. */
function ownerName(node: ts.Node): string | undefined {
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    if (ts.isJsxAttribute(n)) return n.name.getText();
    if (ts.isPropertyAssignment(n)) return n.name.getText().replace(/^['"]|['"]$/g, '');
    if (ts.isJsxElement(n) || ts.isJsxSelfClosingElement(n) || ts.isCallExpression(n) || ts.isBlock(n)) return undefined;
  }
  return undefined;
}

const insideJsxChild = (node: ts.Node): boolean => {
  for (let n: ts.Node = node; n.parent; n = n.parent) {
    if (ts.isJsxAttribute(n) || ts.isCallExpression(n)) return false;
    if (ts.isJsxExpression(n)) return ts.isJsxElement(n.parent) || ts.isJsxFragment(n.parent);
  }
  return false;
};

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…');
  return null;
}

/** `keys`: the message keys, so a key held in a table (a heading's key) is not taken for text. */
export function hardCodedStrings(source: string, fileName = 'ui.tsx', keys: ReadonlySet<string> = new Set()): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Finding[] = [];
  const add = (node: ts.Node, text: string, why: string) => found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim(), why });
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isLiteralTypeNode(node)) return;
    if (ts.isJsxText(node) && LETTER.test(node.text) && !isVerbatim(node)) add(node, node.text, 'JSX text');
    const text = literalText(node);
    if (text !== null && !isLookupArgument(node) && !isCompared(node) && !keys.has(text)) {
      const owner = ownerName(node);
      if (owner && READ_PROPS.has(owner) && LETTER.test(text)) add(node, text, `"${owner}" text`);
      else if (insideJsxChild(node) && LETTER.test(text)) add(node, text, 'text in a JSX child');
      else if (!owner && PHRASE.test(text)) add(node, text, 'sentence in a string');
      if (ts.isTemplateExpression(node)) return node.templateSpans.forEach((s) => visit(s.expression));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
