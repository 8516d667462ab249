// Eleventy 3 ships no type declarations; these are the parts the archive uses.
declare module "@11ty/eleventy" {
  /** The folders of a build as run (--input and --output win over the config). */
  export interface Directories {
    input: string;
    output: string;
  }

  /** What eleventy.before and eleventy.after are told: https://www.11ty.dev/docs/events/#event-arguments */
  export interface BuildEvent {
    directories: Directories;
    runMode: "build" | "watch" | "serve";
  }

  /** The configuration API a config file and its plugins are given: https://www.11ty.dev/docs/config/ */
  export interface UserConfig {
    readonly directories: Directories;
    addPlugin(plugin: (eleventyConfig: UserConfig) => void): void;
    addPlugin<T>(plugin: (eleventyConfig: UserConfig, options: T) => void, options: T): void;
    addExtension(extension: string, options: { key: string }): void;
    addDataExtension(extension: string, parse: (contents: string) => unknown): void;
    addGlobalData(name: string, data: unknown): void;
    addPassthroughCopy(paths: Record<string, string>): void;
    addWatchTarget(path: string): void;
    setTemplateFormats(formats: string): void;
    setInputDirectory(dir: string): void;
    setDataDirectory(dir: string): void;
    setOutputDirectory(dir: string): void;
    on(event: "eleventy.before" | "eleventy.after", listener: (event: BuildEvent) => unknown): void;
    on(event: "eleventy.beforeWatch", listener: (changed: string[]) => unknown): void;
  }

  export const HtmlBasePlugin: (eleventyConfig: UserConfig) => void;

  /** The programmatic API: https://www.11ty.dev/docs/programmatic/ */
  export default class Eleventy {
    constructor(
      input?: string,
      output?: string,
      options?: {
        /** The config file, or false for none. */
        configPath?: string | false;
        pathPrefix?: string;
        /** Run as a config file is, before any config file. */
        config?: (eleventyConfig: UserConfig) => void;
      },
    );
    write(): Promise<unknown>;
  }
}
