/**
 * A safe arithmetic evaluator for the `calculator` tool: a small recursive-descent
 * parser over numbers, + - * / ^ and parentheses. It never touches `eval` or
 * `Function`, so model-supplied text cannot run code.
 */

/** Raised for input the calculator cannot evaluate; its message is shown to the model. */
export class CalculatorError extends Error {
  override readonly name = 'CalculatorError';
}

const MAX_LENGTH = 500;
const MAX_DEPTH = 64;

type Token =
  { kind: 'number'; value: number; at: number } | { kind: 'op'; value: string; at: number };

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < expression.length) {
    const ch = expression[i]!;
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (/[0-9.]/.test(ch)) {
      const match = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(expression.slice(i));
      if (!match)
        throw new CalculatorError(`"${ch}" at position ${i + 1} does not start a number.`);
      tokens.push({ kind: 'number', value: Number(match[0]), at: i });
      i += match[0].length;
      continue;
    }
    if ('+-*/^()'.includes(ch)) {
      tokens.push({ kind: 'op', value: ch, at: i });
      i += 1;
      continue;
    }
    throw new CalculatorError(
      `Unexpected character "${ch}" at position ${i + 1}; only numbers, + - * / ^ and parentheses are allowed.`,
    );
  }
  return tokens;
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): number {
    if (this.tokens.length === 0) throw new CalculatorError('The expression is empty.');
    const value = this.expression();
    const extra = this.tokens[this.index];
    if (extra)
      throw new CalculatorError(`Unexpected "${tokenText(extra)}" at position ${extra.at + 1}.`);
    return value;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private isOp(...ops: string[]): boolean {
    const token = this.peek();
    return token?.kind === 'op' && ops.includes(token.value);
  }

  // expression := term (("+" | "-") term)*
  private expression(): number {
    let value = this.term();
    while (this.isOp('+', '-')) {
      const op = (this.tokens[this.index++] as Token).value;
      const right = this.term();
      value = op === '+' ? value + right : value - right;
    }
    return value;
  }

  // term := unary (("*" | "/") unary)*
  private term(): number {
    let value = this.unary();
    while (this.isOp('*', '/')) {
      const op = (this.tokens[this.index++] as Token).value;
      const right = this.unary();
      if (op === '/' && right === 0) throw new CalculatorError('Division by zero is undefined.');
      value = op === '*' ? value * right : value / right;
    }
    return value;
  }

  // unary := ("-" | "+") unary | power   — so -2^2 is -(2^2), as in mathematics.
  private unary(): number {
    if (this.isOp('-', '+')) {
      const op = (this.tokens[this.index++] as Token).value;
      return this.nested(() => (op === '-' ? -this.unary() : this.unary()));
    }
    return this.power();
  }

  // power := primary ("^" unary)?   — right-associative: 2^3^2 is 2^(3^2).
  private power(): number {
    const base = this.primary();
    if (!this.isOp('^')) return base;
    this.index += 1;
    const exponent = this.nested(() => this.unary());
    const value = base ** exponent;
    if (Number.isNaN(value))
      throw new CalculatorError(`${base} ^ ${exponent} is not a real number.`);
    return value;
  }

  private primary(): number {
    const token = this.peek();
    if (!token)
      throw new CalculatorError('The expression ends too early; a number or "(" is missing.');
    if (token.kind === 'number') {
      this.index += 1;
      return token.value;
    }
    if (token.value === '(') {
      this.index += 1;
      const value = this.nested(() => this.expression());
      if (!this.isOp(')'))
        throw new CalculatorError(
          `A closing ")" is missing for the "(" at position ${token.at + 1}.`,
        );
      this.index += 1;
      return value;
    }
    throw new CalculatorError(
      `Unexpected "${token.value}" at position ${token.at + 1}; a number or "(" was expected.`,
    );
  }

  private nested(parse: () => number): number {
    this.depth += 1;
    if (this.depth > MAX_DEPTH)
      throw new CalculatorError(`The expression nests deeper than ${MAX_DEPTH} levels.`);
    try {
      return parse();
    } finally {
      this.depth -= 1;
    }
  }
}

function tokenText(token: Token): string {
  return token.kind === 'number' ? String(token.value) : token.value;
}

/**
 * Evaluates an arithmetic expression such as `(2 + 3) * 4 ^ 0.5 / 1.5`.
 * Throws {@link CalculatorError} with a message that says what to fix.
 */
export function evaluateArithmetic(expression: string): number {
  if (expression.length > MAX_LENGTH)
    throw new CalculatorError(`The expression is longer than ${MAX_LENGTH} characters.`);
  const value = new Parser(tokenize(expression)).parse();
  if (!Number.isFinite(value)) throw new CalculatorError('The result is too large to represent.');
  return value;
}

/** Formats a result without binary floating-point noise (0.1 + 0.2 gives "0.3"). */
export function formatResult(value: number): string {
  const rounded = Number(value.toPrecision(12));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
