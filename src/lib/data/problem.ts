/** Turns what is wrong with a data file into one line a person can act on. */

/**
 * One problem in one file: which feature (by id, or null for the file itself) and where in it. An
 * error unless `severity` says it is a warning; warnings are printed but fail neither the check nor
 * the build.
 */
export interface Problem {
	file: string;
	id: string | null;
	path: string;
	message: string;
	severity?: 'warning';
}

/** Whether a problem fails the check and the build (every problem that is not a warning). */
export function isError(problem: Problem): boolean {
	return problem.severity !== 'warning';
}

/** "properties.sources[0].url" from a path such as zod's. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
}

/**
 * "events.geojson > battle-of-waterloo > properties.start: ..." (or "events.geojson: ..." for the file);
 * a warning starts with "warning: ".
 */
export function formatProblem({ file, id, path, message, severity }: Problem): string {
	const where = [file, id, path].filter((part) => part !== null && part !== '').join(' > ');
	return `${severity === 'warning' ? 'warning: ' : ''}${where}: ${message}`;
}

/** Thrown when the atlas does not decode; its message lists every error, one per line. */
export class AtlasDataError extends Error {
	constructor(readonly problems: Problem[]) {
		super(`The atlas data has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
		this.name = 'AtlasDataError';
	}
}
