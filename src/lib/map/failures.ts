/**
 * Turns what went wrong while the map loaded (an HTTP status, a parse error, data of the wrong
 * shape) into one sentence that names the file at fault and why, for the page's error message.
 */

/** A file's address as a reader knows it: its path on this site, or the whole URL elsewhere. */
export function shownPath(url: string, page: string): string {
	const u = new URL(url, page);
	return u.origin === new URL(page).origin ? u.pathname : u.href;
}

/**
 * The sentence for an error MapLibre reported: `error` is its error (an AJAXError carries the
 * request's `url` and HTTP `status`), `sourceId` the source it came from, if any, and `urls` the
 * address each source was loaded from (a source given by value has none).
 */
export function failureMessage(error: unknown, sourceId: string | undefined, urls: ReadonlyMap<string, string>, page: string): string {
	const { url, status, message } = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as { url?: unknown; status?: unknown; message?: unknown };
	// A request that never got an answer (a network failure) has status 0: its message says more.
	const why = typeof status === 'number' && status > 0 ? `HTTP ${status}` : typeof message === 'string' && message ? message : 'unknown error';
	const file = typeof url === 'string' && url ? url : sourceId ? urls.get(sourceId) : undefined;
	if (file) return loadFailure(shownPath(file, page), why);
	return sourceId ? `The map could not draw its ${sourceId}: ${why}` : `The map failed: ${why}`;
}

/** "The map could not load /atlas/events.geojson: HTTP 404". */
export const loadFailure = (file: string, why: string): string => `The map could not load ${file}: ${why}`;
