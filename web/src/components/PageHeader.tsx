import type { ReactNode } from 'react';
import { navigate, useLocation, withSearchParams } from '../router';

/**
 * A create form opened by a `?<param>=1` search flag, so the open form has its own address and
 * survives a reload.
 */
export interface CreateFormToggle {
  isOpen: boolean;
  open: () => void;
  close: () => void;
}

export function useCreateFormToggle(param: string): CreateFormToggle {
  const location = useLocation();
  return {
    isOpen: location.searchParams.get(param) === '1',
    open: () => navigate(withSearchParams(location, { [param]: '1' })),
    close: () => navigate(withSearchParams(location, { [param]: null })),
  };
}

interface PageHeaderProps {
  title: ReactNode;
  /** The button that opens the page's create form; hidden while the form is open. */
  create?: { toggle: CreateFormToggle; label: string; testid: string };
  /** Further controls, after the create button. */
  children?: ReactNode;
}

/** A page's title with its controls. */
export function PageHeader({ title, create, children }: PageHeaderProps) {
  return (
    <header className="page__header">
      <h1>{title}</h1>
      {create && !create.toggle.isOpen && (
        <button type="button" className="button--primary" onClick={create.toggle.open} data-testid={create.testid}>
          {create.label}
        </button>
      )}
      {children}
    </header>
  );
}
