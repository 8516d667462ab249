/**
 * Runs `task` in the background, one run at a time: a call while it runs asks for one more run
 * after it (calls meanwhile collapse into that one), so the last call is always followed by a
 * run that starts after it. Errors are reported, not thrown: nothing awaits a background run.
 */
export function oneAtATime(task: () => Promise<void>, report: (e: Error) => void): () => void {
  let running = false;
  let again = false;
  const loop = async () => {
    running = true;
    do {
      again = false;
      await task().catch(report);
    } while (again);
    running = false;
  };
  return () => {
    if (running) again = true;
    else void loop();
  };
}
