// Served at any unknown address, so it cannot hydrate for the route it was built for: plain HTML
// and styles only. Its asset paths are absolute (svelte.config.js: paths.relative) for the same reason.
export const csr = false;
