// The Content-Security-Policy for every renderer page, in Electron and over HTTP: only the app's
// own scripts and styles, no remote content of any kind, no plugins, no framing, nothing inline:
// Cytoscape sizes its canvases through CSSOM (element.style), which a policy does not govern, and
// the one <style> it would inject is declared in styles.css instead (index.html says so).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
