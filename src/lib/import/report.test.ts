import { describe, expect, it } from 'vitest';
import { problemsCsv } from './report';

describe('problemsCsv', () => {
	it('lists the problems by row, quoting what a spreadsheet would split', () => {
		const text = problemsCsv([
			{ row: 7, column: 'lat', reason: 'latitude "abc" is not a number' },
			{ row: 3, column: null, reason: 'no title, no date' },
			{ row: 0, column: null, reason: 'the file has no header' }
		]);
		expect(text).toBe('row,column,reason\nfile,,the file has no header\n3,,"no title, no date"\n7,lat,"latitude ""abc"" is not a number"\n');
	});
});
