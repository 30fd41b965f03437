/** "Loading…" as the public pages show it: one muted line, announced politely. */
export function LoadingLine({ text }: { readonly text: string }) {
  return (
    <p className="loading" role="status">
      {text}
    </p>
  );
}
