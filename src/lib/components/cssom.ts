/**
 * Turns style values into an attachment that writes them through the CSSOM: the site's Content
 * Security Policy refuses style attributes (no 'unsafe-inline'), but not `element.style` writes, and
 * an attachment never runs on the server, so no prerendered page carries a style attribute.
 */
import type { Attachment } from 'svelte/attachments';

/**
 * Sets each CSS property (`{ left: '12px' }`) on the element; Svelte runs it again whenever a value
 * it reads changes. Usage: `<div {@attach cssom({ left: `${x}px` })}>`.
 */
export function cssom(values: Readonly<Record<string, string>>): Attachment<HTMLElement> {
	return (node) => {
		for (const [property, value] of Object.entries(values)) node.style.setProperty(property, value);
	};
}
