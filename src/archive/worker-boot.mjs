// Workers start as plain JavaScript: register tsx's loader, then run the TypeScript worker whose
// URL workerData.entry gives.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
