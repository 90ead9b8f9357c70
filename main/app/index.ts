// Entry point of the Electron main process (bundled to dist/main/app.cjs).
import { startApp } from './app-shell.ts';

startApp();
