import type { FormHTMLAttributes, ReactNode } from 'react';

interface ActionFormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'noValidate'> {
  /** Runs on submit; its own validation shows the error summary, so the browser's bubbles are off. */
  readonly onSubmit: () => Promise<void> | void;
  readonly children: ReactNode;
}

/** A form that submits through our validation and error summary instead of the browser's. */
export function ActionForm({ onSubmit, children, ...rest }: ActionFormProps) {
  return (
    <form
      {...rest}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {children}
    </form>
  );
}
