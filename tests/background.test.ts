import { describe, expect, it } from "vitest";
import { oneAtATime } from "../src/search/build/background.js";

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("search in the background while watching", () => {
  it("runs one at a time, and once more after calls made meanwhile, however many", async () => {
    const runs: number[] = [];
    let calls = 0;
    let release = () => {};
    const trigger = oneAtATime(
      () => {
        runs.push(calls);
        return new Promise<void>((r) => (release = r));
      },
      () => {},
    );
    calls++;
    trigger();
    calls++;
    trigger();
    calls++;
    trigger();
    await tick();
    expect(runs).toEqual([1]); // the first run is still going
    release();
    await tick();
    expect(runs).toEqual([1, 3]); // one more, after every call so far
    release();
    await tick();
    expect(runs).toEqual([1, 3]);
    trigger();
    await tick();
    expect(runs).toEqual([1, 3, 3]);
    release();
  });

  it("reports a failed run and goes on with the next", async () => {
    const errors: string[] = [];
    let n = 0;
    const trigger = oneAtATime(
      async () => {
        if (++n === 1) throw new Error("Pagefind stopped");
      },
      (e) => errors.push(e.message),
    );
    trigger();
    await tick();
    trigger();
    await tick();
    expect(errors).toEqual(["Pagefind stopped"]);
    expect(n).toBe(2);
  });
});
