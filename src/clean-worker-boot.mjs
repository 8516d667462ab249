// Workers start as plain JavaScript: register tsx's loader, then run the TypeScript worker.
import { register } from "tsx/esm/api";

register();
await import("./clean-worker.ts");
