/** Turns what is wrong with a data file into one line a person can act on. */

/** One problem in one file: which feature (by id, or null for the file itself) and where in it. */
export interface Problem {
	file: string;
	id: string | null;
	path: string;
	message: string;
}

/** "events.geojson > wonsan-landing > properties.start: ..." (or "events.geojson: ..." for the file). */
export function formatProblem({ file, id, path, message }: Problem): string {
	const where = [file, id, path].filter((part) => part !== null && part !== '').join(' > ');
	return `${where}: ${message}`;
}

/** Thrown when the atlas does not decode; its message lists every problem, one per line. */
export class AtlasDataError extends Error {
	constructor(readonly problems: Problem[]) {
		super(`The atlas data has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
		this.name = 'AtlasDataError';
	}
}
