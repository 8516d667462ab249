// Eleventy 3 ships no type declarations; these are the parts the archive uses.
declare module "@11ty/eleventy" {
  export const HtmlBasePlugin: (eleventyConfig: unknown, options?: unknown) => void;
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string });
    write(): Promise<unknown>;
  }
}
