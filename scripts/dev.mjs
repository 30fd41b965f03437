// `npm run dev`: the API on :3000 (rebuilt by tsc --watch) and Vite's dev server on :5173 with a proxy to it.
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['tsc', '-b', 'packages/server', '--watch', '--preserveWatchOutput'], { stdio: 'inherit' }),
  spawn('node', ['--watch', 'packages/server/dist/main.js'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'development', HOST: '127.0.0.1' },
  }),
  spawn('npx', ['vite', '--host', '127.0.0.1'], { stdio: 'inherit', cwd: 'packages/web' }),
];

const stop = () => {
  for (const child of children) {
    child.kill('SIGTERM');
  }
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
