// The shared states live with the workspace frame; this path stays for the account and consent pages.
export { ResourceState } from '../workspace/page-states';
