/** Who asks the questions in an interview: their turns are the questions (the page sets them apart). */
const ASKING = new Set(["记者", "本报记者", "主持人", "问"]);

/** Roles that open an interview turn even when they speak only once: those who ask, and who answers. */
const ROLES = new Set([...ASKING, "答", "Q", "A"]);

export const isInterviewRole = (speaker: string): boolean => ROLES.has(speaker);

export const asksQuestions = (speaker: string): boolean => ASKING.has(speaker);
