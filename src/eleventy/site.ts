import { rmSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import type { BuildEvent } from "@11ty/eleventy";
import { loadArchive, readOfficialTerms } from "../archive/load.js";
import { readPeopleCorrections } from "../archive/people.js";
import { formatMessage } from "../text/quote.js";
import { buildSite, type SiteModel } from "../site/model.js";
import { PageTracker } from "../site/changes.js";
import { inYears, selectYears } from "../site/part.js";
import type { BuildConfig } from "./config.js";

/**
 * The site model of the build under way: the archive read and cleaned once per build, on first
 * use, and shared by the plugins that need it (the pages' data, raw files, search). While watching
 * (--serve, --watch), a rebuild renders only the article and index pages whose content changed.
 */
export class SiteBuild {
  #model: Promise<SiteModel> | null = null;
  #watching = false;
  #output = "";
  readonly #pages = new PageTracker();

  constructor(readonly config: BuildConfig) {}

  /** A build starts: the archive is read again when it is first asked for. */
  start({ runMode, directories }: BuildEvent): void {
    this.#watching = runMode !== "build";
    this.#output = directories.output;
    this.#model = null;
  }

  /** Files saved while watching: a change outside content/ (code, layout, site data) can change every page. */
  changed(files: string[]): void {
    const content = resolve(this.config.contentDir) + sep;
    if (files.some((file) => !resolve(file).startsWith(content))) this.#pages.reset();
  }

  model(): Promise<SiteModel> {
    return (this.#model ??= this.#load());
  }

  async #load(): Promise<SiteModel> {
    const { contentDir, strict, cacheDir, years } = this.config;
    const archive = await loadArchive({
      contentDir,
      vocabularyFile: "_data/vocabulary.yaml",
      strict,
      cacheDir: `${cacheDir}/clean`,
      keepInMemory: this.#watching,
      ...(years ? { hold: inYears(years) } : {}),
    });
    // Read every build: the people file is _data/, which Eleventy watches.
    const { corrections, errors } = readPeopleCorrections();
    const site = buildSite(years ? selectYears(archive, years) : archive, {
      terms: readOfficialTerms("_data/officials.yaml"),
      corrections,
    });
    const problems = [...errors, ...site.people.problems];
    for (const p of problems) console.log(`[people] ${formatMessage(p)}`);
    if (strict && problems.length) throw new Error(`--strict: ${problems.length} problems in _data/people.yaml; fix them`);
    console.log(`[people] ${site.people.people.length} people named with a post`);
    return this.#watching ? this.#changesOnly(site) : site;
  }

  /**
   * The site as a rebuild while watching renders it: only the article pages, index pages and
   * feeds that changed. The pages and feeds that are gone are deleted from the output, where
   * Eleventy would leave them.
   */
  #changesOnly(site: SiteModel): SiteModel {
    const { render, removed } = this.#pages.next(site);
    for (const path of removed) rmSync(join(this.#output, path, path.endsWith("/") ? "index.html" : ""), { force: true });
    console.log(
      `[site] watching: ${render.articles.length} of ${site.articles.length} article pages, ${render.indexPages.length} of ${site.listings.length} index pages and ${render.feeds.length} of ${site.feeds.length} feeds changed, ${removed.length} gone`,
    );
    return { ...site, render };
  }
}
