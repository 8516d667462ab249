/**
 * A document's address, if a reader may follow it: http(s) only, a protocol-relative one (//host/x)
 * made https. Anything else (javascript:, data:, a relative path, text) is null.
 */
export function httpUrl(s: string | null | undefined): string | null {
  const url = s?.trim().replace(/^\/\//, "https://") ?? "";
  return /^https?:\/\/[^\s"'<>\\]+$/i.test(url) && URL.canParse(url) ? url : null;
}
