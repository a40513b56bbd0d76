/**
 * The Content-Security-Policy directives besides script-src and style-src (Astro adds those with hashes).
 * Everything comes from the site itself; Pagefind needs WebAssembly compilation and a worker from a blob.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
] as const;

/** Pagefind compiles its WebAssembly search engine in the browser. */
export const CSP_SCRIPT_EXTRA = ["'wasm-unsafe-eval'"] as const;
