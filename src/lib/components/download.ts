/** Offers text to the reader as a file to save; nothing leaves the machine. */
export function download(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	// The browser has taken the file once the click has been handled.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}
