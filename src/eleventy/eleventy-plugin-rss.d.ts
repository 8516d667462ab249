// The RSS plugin ships no type declarations; these are the helpers the feed uses.
declare module "@11ty/eleventy-plugin-rss" {
  export function absoluteUrl(url: string, base: string): string;
  export function dateToRfc3339(date: Date): string;
  const rssPlugin: (eleventyConfig: unknown, options?: unknown) => void;
  export default rssPlugin;
}
