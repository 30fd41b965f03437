// No relative imports here: vite.config.ts loads this file directly (Node's loader needs file extensions).

/** The cached copy of the page shell; every self-check address is answered with it (the router does the rest). */
export const SHELL_PATH = '/index.html';

/** What the build writes into the worker: the version and the files it keeps for offline use. */
export interface PrecacheManifest {
  /** A hash of the build's file names (themselves content hashes) and the shell: a new build, a new value. */
  readonly version: string;
  /** Site paths, starting with "/": the shell, and the self-check's scripts, styles and icons. */
  readonly assets: readonly string[];
}

/** Written into the worker's source by the build; replaced with the manifest (see vite.config.ts). */
export const MANIFEST_TOKEN = '__KRATOM_CARE_PRECACHE_MANIFEST__';

/** The parts of a Rollup/Rolldown output file that decide what the self-check needs. */
export interface BuiltFile {
  readonly type: 'chunk' | 'asset';
  readonly fileName: string;
  readonly isEntry?: boolean;
  readonly facadeModuleId?: string | null;
  readonly moduleIds?: readonly string[];
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly viteMetadata?: { readonly importedCss: ReadonlySet<string>; readonly importedAssets: ReadonlySet<string> };
}

/** How to recognise the build's pieces. */
export interface ManifestOptions {
  /** The entry chunk's module id ends with this (`index.html`: the page and its script). */
  readonly entry: string;
  /**
   * Lazy chunks that are, or contain, a module whose id ends with one of these are not followed: the
   * signed-in side of the app.
   */
  readonly excludeLazy: readonly string[];
  /** Files copied from `public/` that the self-check shows (the icon). */
  readonly publicFiles: readonly string[];
  /** The shell's HTML, part of the version. */
  readonly shellHtml: string;
  /** A content hash (hex). */
  readonly hash: (text: string) => string;
}

/**
 * The files the self-check needs offline: the entry, every chunk it imports or lazily loads (each step,
 * the result, the summary), their CSS and assets, the shell and the icon. The signed-in workspace's lazy
 * tree is left out: its pages need the API, and its data must never be cached.
 *
 * @param bundle - Rollup's output bundle, by file name.
 * @param options - Entry, exclusions, public files, the shell and a hash function.
 * @returns The manifest to write into the service worker.
 * @throws Error when the entry chunk is missing (a build misconfiguration).
 */
export function buildPrecacheManifest(
  bundle: Readonly<Record<string, BuiltFile>>,
  options: ManifestOptions,
): PrecacheManifest {
  const files = Object.values(bundle);
  const entry = files.find((file) => file.isEntry === true && (file.facadeModuleId ?? '').endsWith(options.entry));
  if (entry === undefined) {
    throw new Error(`precache: no entry chunk for ${options.entry}`);
  }
  const excluded = (file: BuiltFile): boolean =>
    [file.facadeModuleId ?? '', ...(file.moduleIds ?? [])].some((id) =>
      options.excludeLazy.some((suffix) => id.endsWith(suffix)),
    );

  const seen = new Set<string>();
  const queue = [entry.fileName];
  while (queue.length > 0) {
    const name = queue.shift() ?? '';
    const file = bundle[name];
    if (file === undefined || seen.has(name)) {
      continue;
    }
    seen.add(name);
    queue.push(
      ...(file.imports ?? []),
      ...(file.viteMetadata?.importedCss ?? []),
      ...(file.viteMetadata?.importedAssets ?? []),
    );
    for (const lazy of file.dynamicImports ?? []) {
      const target = bundle[lazy];
      if (target !== undefined && !excluded(target)) {
        queue.push(lazy);
      }
    }
  }

  const assets = [
    SHELL_PATH,
    ...options.publicFiles.map((name) => `/${name}`),
    ...[...seen].sort().map((name) => `/${name}`),
  ];
  return { version: options.hash([options.shellHtml, ...assets].join('\n')).slice(0, 16), assets };
}

/**
 * The manifest as text to put in place of {@link MANIFEST_TOKEN} inside a JS string literal (any quote).
 *
 * @param manifest - The manifest.
 * @returns JSON, escaped for a string literal.
 * @throws Error when a path holds a character that would need more escaping than JSON gives.
 */
export function manifestLiteral(manifest: PrecacheManifest): string {
  const json = JSON.stringify(manifest);
  if (/['`$\\]/.test(json)) {
    throw new Error('precache: unexpected character in the manifest');
  }
  return json.replaceAll('"', '\\"');
}
