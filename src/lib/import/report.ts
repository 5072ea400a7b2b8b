/** The report of the rows a file could not give, as a table a spreadsheet opens. */
import type { RowProblem } from './types';

const cell = (value: string | number) => {
	const text = String(value);
	return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** "row,column,reason" and one line per problem, in row order. */
export function problemsCsv(problems: readonly RowProblem[]): string {
	const lines = [...problems].sort((a, b) => a.row - b.row).map((p) => [p.row || 'file', p.column ?? '', p.reason].map(cell).join(','));
	return ['row,column,reason', ...lines].join('\n') + '\n';
}
