/**
 * Turns JSON text into a value, or into a message that says where it goes wrong by line and column:
 * engines word JSON.parse's errors differently and not all give a position, so a small scanner finds it.
 */

/** Where the first error of invalid JSON lies (an offset into the text), and what was expected there. */
class Fault {
	at: number;
	expected: string;
	constructor(at: number, expected: string) {
		this.at = at;
		this.expected = expected;
	}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** Finds the first error in text JSON.parse rejected; null if the scanner finds none. */
function findFault(text: string): Fault | null {
	let i = 0;
	const space = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
	};
	const fault = (expected: string): never => {
		throw new Fault(i, expected);
	};
	const sticky = (pattern: RegExp): boolean => {
		pattern.lastIndex = i;
		if (!pattern.test(text)) return false;
		i = pattern.lastIndex;
		return true;
	};
	const string = () => {
		i++;
		while (text[i] !== '"') {
			if (i >= text.length) fault('a closing quote (")');
			if (text.charCodeAt(i) < 0x20) fault('no line break or control character inside a string');
			if (text[i] !== '\\') i++;
			else if (!sticky(ESCAPE)) fault('a valid escape (\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\u and four hex digits)');
		}
		i++;
	};
	const list = (close: string, item: () => void, what: string) => {
		i++;
		space();
		if (text[i] === close) return void i++;
		for (;;) {
			item();
			space();
			if (text[i] === close) return void i++;
			if (text[i] !== ',') fault(`"," or "${close}" after ${what}`);
			i++;
			space();
		}
	};
	const value = (): void => {
		space();
		const c = text[i];
		if (c === '{') return list('}', member, 'a property value');
		if (c === '[') return list(']', value, 'an array element');
		if (c === '"') return string();
		if (!sticky(NUMBER) && !sticky(LITERAL)) fault('a value (an object, array, string, number, true, false or null)');
	};
	const member = () => {
		if (text[i] !== '"') fault('a property name in double quotes');
		string();
		space();
		if (text[i] !== ':') fault('":" after a property name');
		i++;
		value();
	};
	try {
		value();
		space();
		if (i < text.length) fault('the end of the text after the JSON value');
		return null;
	} catch (thrown) {
		// A RangeError is a stack overflow on absurd nesting: then the engine's own message has to do.
		if (thrown instanceof Fault) return thrown;
		return null;
	}
}

/** The line and column (both from 1) of an offset into a text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		start = i + 1;
	}
	return { line, column: offset - start + 1 };
}

/** Parses JSON text; when it is invalid, says where (line and column) and what was expected there. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		const fault = findFault(text);
		if (fault === null) return { ok: false, error: `The JSON is not valid: ${error instanceof Error ? error.message : String(error)}` };
		const { line, column } = lineAndColumn(text, fault.at);
		const found = fault.at >= text.length ? 'the text ends' : `found ${JSON.stringify(text.slice(fault.at, fault.at + 12))}`;
		return { ok: false, error: `The JSON is not valid at line ${line}, column ${column}: expected ${fault.expected}; ${found}.` };
	}
}
