/**
 * A real redis-server for the queue tests: started on a free port on 127.0.0.1 with a password, no
 * persistence, and stopped (or killed, to test a lost server) by the test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, createConnection } from 'node:net';

/** A running server and its URL (with the password in it). */
export interface RedisServer {
  readonly url: string;
  readonly port: number;
  readonly password: string;
  stop(): Promise<void>;
}

/** A port that was free a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Starts redis-server and waits until it accepts connections. */
export async function startRedis(password = 'queue-test-p4ssw0rd'): Promise<RedisServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--requirepass',
      password,
      '--save',
      '',
      '--appendonly',
      'no',
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100 && !(await accepts(port)); i++) await new Promise((r) => setTimeout(r, 50));
  return {
    url: `redis://:${password}@127.0.0.1:${port}`,
    port,
    password,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      }),
  };
}
