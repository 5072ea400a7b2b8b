/**
 * The event list as a reader scrolls it: only the rows in view are in the page, so the browser tests
 * read it whole by scrolling it from top to bottom, and scroll to a row before they use it.
 */
import type { Locator, Page } from '@playwright/test';

/** A row as read: its title, and whether it is marked "now". */
export interface ReadRow {
	title: string;
	now: boolean;
}

/**
 * Every row of the list's groups, by the id of each group's heading ('events-now', 'events-before',
 * 'events-later', 'events-drawn'), in order: read screen by screen, each row put at the place it
 * says it has (aria-posinset), each group checked to be as long as it says (aria-setsize).
 */
export async function readList(page: Page): Promise<Record<string, ReadRow[]>> {
	return page.evaluate(async () => {
		const scroller = document.querySelector<HTMLElement>('#event-list-body .scroll')!;
		const groups: Record<string, { size: number; rows: { title: string; now: boolean }[] }> = {};
		const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
		scroller.scrollTop = 0;
		for (;;) {
			await frame();
			for (const li of scroller.querySelectorAll('li[aria-posinset]')) {
				const group = li.parentElement!.getAttribute('aria-labelledby')!;
				const entry = (groups[group] ??= { size: Number(li.getAttribute('aria-setsize')), rows: [] });
				entry.rows[Number(li.getAttribute('aria-posinset')) - 1] = { title: li.querySelector('.title')!.textContent!, now: li.querySelector('.badge') !== null };
			}
			if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
			scroller.scrollTop += Math.max(1, scroller.clientHeight - 20);
		}
		scroller.scrollTop = 0;
		return Object.fromEntries(
			Object.entries(groups).map(([id, g]) => {
				const rows = Array.from({ length: g.size }, (_, i) => g.rows[i] ?? { title: `(row ${i + 1} of ${g.size} never shown)`, now: false });
				return [id, rows];
			})
		);
	});
}

/** Whether an event row of any group has a title that holds `text`. */
export async function isListed(page: Page, text: string): Promise<boolean> {
	const groups = await readList(page);
	return Object.entries(groups).some(([id, rows]) => id !== 'events-drawn' && rows.some((r) => r.title.includes(text)));
}

/** Where a list's rows are: the events' groups, or the fronts, advances and zones drawn. */
const LISTS = { events: '#event-list', drawn: '[aria-labelledby="events-drawn"]' } as const;

/** The titles of the fronts, advances and zones drawn, as listed. */
export async function drawnTitles(page: Page): Promise<string[]> {
	return ((await readList(page))['events-drawn'] ?? []).map((r) => r.title);
}

/** The button of the row whose title starts with `title`, in the events' groups or the drawn list, scrolled into the page first. */
export async function listButton(page: Page, title: string, list: keyof typeof LISTS = 'events'): Promise<Locator> {
	await page.evaluate(
		async ([wanted, within]) => {
			const scroller = document.querySelector<HTMLElement>('#event-list-body .scroll')!;
			const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
			scroller.scrollTop = 0;
			for (;;) {
				await frame();
				const found = [...scroller.querySelectorAll(`${within} .title`)].find((t) => t.textContent!.startsWith(wanted));
				if (found || scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) return;
				scroller.scrollTop += Math.max(1, scroller.clientHeight - 20);
			}
		},
		[title, LISTS[list]] as const
	);
	return page.locator(LISTS[list]).getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
}
