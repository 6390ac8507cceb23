import { useEffect, useState } from 'preact/hooks';

/** The template engine and the exporter built on it (src/core/export/template-exporter.ts). */
export type TemplateEngine = typeof import('../../src/core/export/template-exporter');

let loading: Promise<TemplateEngine> | undefined;
let loaded: TemplateEngine | undefined;

/** Mustache and the exporter, fetched the first time a template other than Kubelist's is used. */
export function loadTemplateEngine(): Promise<TemplateEngine> {
  loading ??= import('../../src/core/export/template-exporter').then(
    (module) => (loaded = module),
    (reason: unknown) => {
      // A failed fetch is not kept: the next use tries again.
      loading = undefined;
      throw reason;
    },
  );
  return loading;
}

/** The engine when `wanted` (null while it loads, or when not wanted), and why it did not load. */
export function useTemplateEngine(wanted: boolean): { engine: TemplateEngine | null; error: string } {
  const [engine, setEngine] = useState<TemplateEngine | null>(() => loaded ?? null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (!wanted || engine) return;
    let current = true;
    loadTemplateEngine()
      .then((module) => current && setEngine(() => module))
      .catch((reason: unknown) => current && setError(String(reason)));
    return () => {
      current = false;
    };
  }, [wanted]);
  return { engine: wanted ? engine : null, error };
}
