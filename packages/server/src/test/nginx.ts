import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's nginx, which `.ci/run` installs. */
export const NGINX_PATH = '/usr/sbin/nginx';

/** The response header that names the instance nginx sent a request to (`127.0.0.1:port`). */
export const UPSTREAM_HEADER = 'x-test-upstream';

/** A running nginx in front of the app instances. */
export interface RunningNginx {
  /** `http://127.0.0.1:port`. */
  readonly url: string;
  /** Stops nginx and removes its folder. */
  stop(): Promise<void>;
}

/**
 * A free TCP port on 127.0.0.1. nginx cannot listen on port 0 and report the port, so the test
 * asks the kernel for one first; the moment between closing and nginx binding it is short.
 *
 * @returns The port.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address === null || typeof address === 'string') {
          reject(new Error('no port assigned'));
          return;
        }
        resolve(address.port);
      });
    });
  });
}

/**
 * The configuration: one process (`master_process off`) running as the caller, everything under
 * `prefix`, round-robin over the instances (nginx's default), `X-Forwarded-For` as a real
 * deployment sets it, and a header naming the instance that answered.
 */
function nginxConfig(prefix: string, port: number, upstreams: readonly number[]): string {
  // max_fails=0: one slow answer on a loaded machine must not take an instance out of the rotation
  // for nginx's default 10 s (it once left a whole test file on one instance).
  const servers = upstreams.map((upstream) => `    server 127.0.0.1:${upstream} max_fails=0;`).join('\n');
  return `daemon off;
master_process off;
worker_processes 1;
pid ${join(prefix, 'nginx.pid')};
error_log ${join(prefix, 'error.log')} warn;
events { worker_connections 512; }
http {
  access_log off;
  client_body_temp_path ${join(prefix, 'body')};
  proxy_temp_path ${join(prefix, 'proxy')};
  fastcgi_temp_path ${join(prefix, 'fastcgi')};
  uwsgi_temp_path ${join(prefix, 'uwsgi')};
  scgi_temp_path ${join(prefix, 'scgi')};
  upstream kratom_care {
${servers}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://kratom_care;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      add_header ${UPSTREAM_HEADER} $upstream_addr always;
    }
  }
}
`;
}

async function waitUntilServing(url: string, child: ChildProcess, errorLog: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `nginx exited with ${child.exitCode}: ${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`,
      );
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not answer on ${url} within 10 s`);
}

/**
 * Starts nginx from {@link NGINX_PATH} with a throw-away configuration on 127.0.0.1.
 *
 * @param port - The port to listen on (see {@link freePort}).
 * @param upstreams - The ports of the app instances.
 * @returns The running proxy.
 * @throws Error saying to install nginx when it is missing.
 */
export async function startNginx(port: number, upstreams: readonly number[]): Promise<RunningNginx> {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(
      `The two-instance test needs nginx at ${NGINX_PATH}: install it (apt-get install -y nginx; .ci/run does).`,
    );
  }
  const prefix = mkdtempSync(join(tmpdir(), 'kratom-care-nginx-'));
  for (const folder of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    mkdirSync(join(prefix, folder));
  }
  const config = join(prefix, 'nginx.conf');
  const errorLog = join(prefix, 'error.log');
  writeFileSync(config, nginxConfig(prefix, port, upstreams));
  const child = spawn(NGINX_PATH, ['-p', prefix, '-c', config, '-e', errorLog], { stdio: 'ignore' });
  // Should the test runner die first, nginx must not outlive it.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  try {
    await waitUntilServing(url, child, errorLog);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
