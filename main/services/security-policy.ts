// The Content-Security-Policy for every renderer page, in Electron and over HTTP: only the app's
// own scripts, no remote content of any kind, no plugins, no framing. Inline style attributes are
// allowed because Cytoscape positions its canvases with them; inline scripts are not.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
