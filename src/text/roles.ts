/** Who asks the questions in an interview: their turns are the questions (the page sets them apart). */
const ASKING = new Set(["记者", "本报记者", "主持人", "问"]);

/** Roles that open an interview turn even when they speak only once: those who ask, and who answers. */
const ROLES = new Set([...ASKING, "答", "Q", "A"]);

export const isInterviewRole = (speaker: string): boolean => ROLES.has(speaker);

export const asksQuestions = (speaker: string): boolean => ASKING.has(speaker);

/** An issuing body's name: a short one ending in an office, a bureau or a centre. */
const BODY =
  "[\\p{Script=Han}（）()]{2,24}(?:委员会|政治部|宣传部|办公厅|办公室|人民政府|政府|党委|党组|总工会|联合会|领导小组|统计局|调查队|局|厅|署|研究院|研究所|研究中心|中心|协会|学会)";
/** The issuing bodies' line: one name or a few, side by side ("某县统计局　国家统计局某县调查队"), nothing else on it. */
export const ISSUER = new RegExp(`^${BODY}(?:\\s+${BODY}){0,3}$`, "u");
