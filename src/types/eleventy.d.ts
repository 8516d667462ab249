// Eleventy 3 ships no type declarations; the config uses only its HTML base plugin.
declare module "@11ty/eleventy" {
  export const HtmlBasePlugin: (eleventyConfig: unknown, options?: unknown) => void;
}
