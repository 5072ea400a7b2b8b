/**
 * Keeps the URL hash and the explorer's state in step: meaningful changes add a browser-history entry,
 * slider ticks and camera moves replace the current one, and Back, Forward or an edited address
 * restore what the hash says. Call it while a component initialises (it sets up effects).
 */
import { afterNavigate, pushState, replaceState } from '$app/navigation';
import { untrack } from 'svelte';
import type { Explorer } from './explorer.svelte';
import { formatHash, parseHash, type HashLimits } from './hash';

/**
 * Starts the sync; `limits` gives what a link may name now (a reader's layers widen it), `onRestore`
 * runs after the state was restored from the address (to move the camera).
 */
export function syncUrl(explorer: Explorer, limits: () => HashLimits, onRestore: () => void): void {
	// SvelteKit's shallow routing works only once its router has started.
	let routerReady = $state(false);
	afterNavigate(() => (routerReady = true));

	let checkpoint = untrack(() => explorer.checkpoint);
	$effect(() => {
		if (!routerReady) return;
		const hash = formatHash(explorer.hash);
		const changed = explorer.checkpoint !== checkpoint;
		checkpoint = explorer.checkpoint;
		if (hash === location.hash) return;
		if (changed) pushState(hash, {});
		else replaceState(hash, {});
	});

	$effect(() => {
		const restore = () => {
			if (location.hash === formatHash(explorer.hash)) return;
			explorer.restore(parseHash(location.hash, limits()));
			onRestore();
		};
		window.addEventListener('popstate', restore);
		window.addEventListener('hashchange', restore);
		return () => {
			window.removeEventListener('popstate', restore);
			window.removeEventListener('hashchange', restore);
		};
	});
}
