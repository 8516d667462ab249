// Workers start as plain JavaScript: register tsx's loader, then run the TypeScript worker named
// in workerData.entry (a path relative to this folder).
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(new URL(workerData.entry, import.meta.url).href);
