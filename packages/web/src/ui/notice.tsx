import type { ReactNode } from 'react';

interface NoticeProps {
  readonly tone?: 'info' | 'warning' | 'success';
  readonly children: ReactNode;
  /** Announce it politely when it appears. */
  readonly live?: boolean;
}

/** A short message box. */
export function Notice({ tone = 'info', children, live = false }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={live ? 'status' : undefined}>
      {children}
    </div>
  );
}
