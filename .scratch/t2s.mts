import { simplifiedCharMap } from "../src/search/build/records.js";
let t = performance.now(); const m = simplifiedCharMap(); console.log("pairs", m.length / 2, (performance.now() - t).toFixed(0), "ms");
