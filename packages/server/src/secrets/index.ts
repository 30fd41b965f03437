export { loadServerSecrets, type ServerSecrets } from './server-secrets.js';
export { KEYS_FILE_NAME, keysFilePath, KeysFileError } from './keys-file.js';
