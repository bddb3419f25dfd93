// Starts the web training mode. A file, not an inline script: the page's Content-Security-Policy
// allows only the app's own files to run (mobile/src/webview.rs).
import init from './app.js';
init();
