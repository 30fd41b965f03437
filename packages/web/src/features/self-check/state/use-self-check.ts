import { useContext } from 'react';
import { SelfCheckContext, type SelfCheckContextValue } from './self-check-context';

/** @returns The answers and the ways to change them; throws outside {@link SelfCheckProvider}. */
export function useSelfCheck(): SelfCheckContextValue {
  const value = useContext(SelfCheckContext);
  if (value === null) {
    throw new Error('useSelfCheck() needs a <SelfCheckProvider> above it.');
  }
  return value;
}
