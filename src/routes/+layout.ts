// Every page is prerendered: the explorer ships as static files and works offline.
export const prerender = true;
export const trailingSlash = 'never';
