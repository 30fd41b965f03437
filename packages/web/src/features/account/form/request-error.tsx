// Moved to ui/form/request-error.tsx; this path stays until every importer has moved.
export { RequestError, describeError } from '../../../ui/form/request-error';
