import type { ReactNode } from 'react';
import { type Action, useCan } from '../auth/permissions';
import { navigate, useLocation, withSearchParams } from '../router';

/**
 * A create form opened by a `?<param>=1` search flag, so the open form has its own address and
 * survives a reload. Given the action it performs, it opens (and offers its button) only to a
 * viewer who may do that.
 */
export interface CreateFormToggle {
  allowed: boolean;
  isOpen: boolean;
  open: () => void;
  close: () => void;
}

export function useCreateFormToggle(param: string, action?: Action): CreateFormToggle {
  const location = useLocation();
  const can = useCan();
  const allowed = action === undefined || can(action);
  return {
    allowed,
    isOpen: allowed && location.searchParams.get(param) === '1',
    open: () => navigate(withSearchParams(location, { [param]: '1' })),
    close: () => navigate(withSearchParams(location, { [param]: null })),
  };
}

interface PageHeaderProps {
  title: ReactNode;
  /** The button that opens the page's create form; hidden while the form is open or when it is not allowed. */
  create?: { toggle: CreateFormToggle; label: string; testid: string };
  /** Further controls, after the create button. */
  children?: ReactNode;
}

/** A page's title with its controls. */
export function PageHeader({ title, create, children }: PageHeaderProps) {
  return (
    <header className="page__header">
      <h1>{title}</h1>
      {create?.toggle.allowed && !create.toggle.isOpen && (
        <button type="button" className="button--primary" onClick={create.toggle.open} data-testid={create.testid}>
          {create.label}
        </button>
      )}
      {children}
    </header>
  );
}
