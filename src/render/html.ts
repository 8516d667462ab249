/** Only http(s) links from documents are rendered as links. */
export const safeUrl = (u: string | null): string | null => (u && /^https?:\/\/[^\s"'<>]+$/.test(u) ? u : null);
