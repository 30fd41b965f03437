import { describe, expect, it } from 'vitest';
import { buildPrecacheManifest, manifestLiteral, type BuiltFile } from './precache-manifest';

const chunk = (fileName: string, facade: string, extra: Partial<BuiltFile> = {}): BuiltFile => ({
  type: 'chunk',
  fileName,
  facadeModuleId: `/w/packages/web/${facade}`,
  ...extra,
});

const BUNDLE: Record<string, BuiltFile> = {
  'assets/index-a.js': chunk('assets/index-a.js', 'index.html', {
    isEntry: true,
    imports: ['assets/react-b.js'],
    dynamicImports: ['assets/safety-c.js', 'assets/workspace-routes-d.js', 'assets/shared-g.js'],
    viteMetadata: { importedCss: new Set(['assets/index-e.css']), importedAssets: new Set() },
  }),
  'assets/react-b.js': chunk('assets/react-b.js', 'node_modules/react/index.js'),
  'assets/safety-c.js': chunk('assets/safety-c.js', 'src/features/self-check/safety/safety-page.tsx', {
    imports: ['assets/react-b.js'],
  }),
  'assets/workspace-routes-d.js': chunk('assets/workspace-routes-d.js', 'src/app/workspace-routes.tsx', {
    dynamicImports: ['assets/chart-f.js'],
  }),
  'assets/chart-f.js': chunk('assets/chart-f.js', 'src/features/chart/patient-chart-page.tsx'),
  'assets/index-e.css': { type: 'asset', fileName: 'assets/index-e.css' },
  // A shared chunk (no facade) that holds the signed-in menu: left out too.
  'assets/shared-g.js': chunk('assets/shared-g.js', '', {
    facadeModuleId: null,
    moduleIds: ['/w/packages/web/src/features/account/session/account-menu.tsx'],
  }),
};

const OPTIONS = {
  entry: 'index.html',
  excludeLazy: ['src/app/workspace-routes.tsx', 'src/features/account/session/account-menu.tsx'],
  publicFiles: ['favicon.svg'],
  shellHtml: '<html></html>',
  hash: (text: string) => `h${String(text.length).padStart(20, '0')}`,
};

describe('the precache manifest', () => {
  it('lists the shell, the icon, and every chunk and style the self-check can load, and no workspace chunk', () => {
    expect(buildPrecacheManifest(BUNDLE, OPTIONS).assets).toEqual([
      '/index.html',
      '/favicon.svg',
      '/assets/index-a.js',
      '/assets/index-e.css',
      '/assets/react-b.js',
      '/assets/safety-c.js',
    ]);
  });

  it('changes version when a file or the shell changes, and not otherwise', () => {
    const hash = (text: string) => String(Array.from(text).reduce((sum, c, i) => sum + c.charCodeAt(0) * (i + 1), 0));
    const one = buildPrecacheManifest(BUNDLE, { ...OPTIONS, hash }).version;
    expect(buildPrecacheManifest(BUNDLE, { ...OPTIONS, hash }).version).toBe(one);
    expect(buildPrecacheManifest(BUNDLE, { ...OPTIONS, hash, shellHtml: '<html lang="en"></html>' }).version).not.toBe(
      one,
    );
    const renamed: Record<string, BuiltFile> = {
      ...BUNDLE,
      'assets/index-a.js': chunk('assets/index-a.js', 'index.html', { isEntry: true, imports: ['assets/react-z.js'] }),
      'assets/react-z.js': chunk('assets/react-z.js', 'node_modules/react/index.js'),
    };
    expect(buildPrecacheManifest(renamed, { ...OPTIONS, hash }).version).not.toBe(one);
  });

  it('is written as a string literal that parses back to itself', () => {
    const manifest = buildPrecacheManifest(BUNDLE, OPTIONS);
    // Evaluating the literal, as the browser will, is the point.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const literal = new Function(`return '${manifestLiteral(manifest)}';`) as () => string;
    expect(JSON.parse(literal()) as unknown).toEqual(manifest);
  });
});
