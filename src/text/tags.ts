/** A tag as written, in one form: NFKC (full- and half-width alike), without the # marks or spaces around it. */
export const normaliseTag = (tag: string): string => tag.normalize("NFKC").replace(/^[\s#]+|[\s#]+$/g, "");
