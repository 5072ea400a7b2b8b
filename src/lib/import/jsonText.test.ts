import { describe, expect, it } from 'vitest';
import { parseJsonText } from './jsonText';

describe('parseJsonText', () => {
	it('parses valid JSON', () => {
		expect(parseJsonText('{"a": [1, "x\\n", true, null]}')).toEqual({ ok: true, value: { a: [1, 'x\n', true, null] } });
	});

	it.each([
		['{"a":}', 1, 6, 'a value (an object, array, string, number, true, false or null)', 'found "}"'],
		['{"a": 1,}', 1, 9, 'a property name in double quotes', 'found "}"'],
		['[1, 2', 1, 6, '"," or "]" after an array element', 'the text ends'],
		['{\n  "a": 1\n  "b": 2\n}', 3, 3, '"," or "}" after a property value', 'found "\\"b\\": 2\\n}"'],
		['{"a" 1}', 1, 6, '":" after a property name', 'found "1}"'],
		['{"a": tru}', 1, 7, 'a value (an object, array, string, number, true, false or null)', 'found "tru}"'],
		['{"a": "x\ny"}', 1, 9, 'no line break or control character inside a string', 'found "\\ny\\"}"'],
		['{"a": "\\x"}', 1, 8, 'a valid escape', 'found "\\\\x\\"}"'],
		['{"a": "open', 1, 12, 'a closing quote (")', 'the text ends'],
		['{"a": 01}', 1, 8, '"," or "}" after a property value', 'found "1}"'],
		['{} {}', 1, 4, 'the end of the text after the JSON value', 'found "{}"']
	])('says where %j goes wrong: line %i, column %i', (text, line, column, expected, found) => {
		const parsed = parseJsonText(text);
		expect(parsed.ok).toBe(false);
		const error = parsed.ok ? '' : parsed.error;
		expect(error).toContain(`at line ${line}, column ${column}: expected ${expected}`);
		expect(error).toContain(`; ${found}.`);
	});
});
