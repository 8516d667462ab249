import { CleanContext, type Para } from "../src/clean/context.js";

/** Paragraphs from lines of text, one each, as the passes receive them. */
export const paras = (...texts: string[]): Para[] => texts.map((text, i) => ({ text, line: i + 1, gap: 1 }));

export const textsOf = (ps: { text: string }[]): string[] => ps.map((p) => p.text);

export const ctx = () => new CleanContext();
