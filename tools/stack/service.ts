// One loopback HTTP server per stack service, with request counting and fault injection, so
// that each service has its own origin as the real ones do.

import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ServiceName = 'fulcio' | 'rekor' | 'tsa' | 'oidc';

/** A misbehaviour to inject into the next `times` requests (default: all of them). */
export interface Fault {
  /** Answer with this HTTP status instead of serving the request. */
  status?: number;
  /** Wait this long before answering (or before serving the request normally). */
  delayMs?: number;
  /** Destroy the socket without answering. */
  closeConnection?: boolean;
  /** Add a `Retry-After` header (seconds) to a faulted status answer. */
  retryAfterSeconds?: number;
  times?: number;
}

export interface ServiceRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface ServiceResponse {
  status: number;
  body?: string | Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
}

export type ServiceHandler = (req: ServiceRequest) => Promise<ServiceResponse>;

export function json(status: number, value: unknown, headers?: Record<string, string>) {
  return {
    status,
    body: JSON.stringify(value),
    contentType: 'application/json',
    headers,
  } satisfies ServiceResponse;
}

export class LoopbackService {
  readonly name: ServiceName;
  readonly url: string;
  private readonly server: Server;
  private handler: ServiceHandler = async () => json(503, { message: 'service not ready' });
  private fault: (Fault & { remaining: number }) | undefined;
  private count = 0;
  private readonly timers = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();

  private constructor(name: ServiceName, server: Server, url: string) {
    this.name = name;
    this.server = server;
    this.url = url;
  }

  /** Listens on 127.0.0.1 with an ephemeral port; the handler may be set once the URL is known. */
  static async start(name: ServiceName): Promise<LoopbackService> {
    const server = createServer();
    // The real services sit behind load balancers that keep an idle connection for minutes
    // (Google Cloud's: 600 s), so the client, never the server, closes it first. Node's default
    // (5 s) races a client reusing the socket and fails it with 'socket hang up' on a busy machine.
    server.keepAliveTimeout = 600_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const service = new LoopbackService(name, server, `http://127.0.0.1:${port}`);
    server.on('request', (req, res) => {
      service.count++;
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const request: ServiceRequest = {
          method: req.method ?? 'GET',
          url: new URL(req.url ?? '/', service.url),
          headers: req.headers,
          body: Buffer.concat(chunks),
        };
        service
          .serve(request, () => req.socket.destroy())
          .then((response) => {
            if (!response || res.destroyed) return;
            res.statusCode = response.status;
            if (response.contentType) res.setHeader('Content-Type', response.contentType);
            for (const [key, value] of Object.entries(response.headers ?? {})) {
              res.setHeader(key, value);
            }
            res.end(response.body ?? '');
          })
          .catch((err: unknown) => {
            if (res.destroyed) return;
            res.statusCode = 500;
            res.setHeader('Content-Type', 'application/json');
            res.end(JSON.stringify({ message: err instanceof Error ? err.message : String(err) }));
          });
      });
    });
    return service;
  }

  setHandler(handler: ServiceHandler): void {
    this.handler = handler;
  }

  setFault(fault: Fault): void {
    this.fault = { ...fault, remaining: fault.times ?? Infinity };
  }

  clearFault(): void {
    this.fault = undefined;
  }

  get requestCount(): number {
    return this.count;
  }

  async close(): Promise<void> {
    for (const pending of this.timers) {
      clearTimeout(pending.timer);
      pending.resolve();
    }
    this.timers.clear();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private async serve(
    req: ServiceRequest,
    destroy: () => void,
  ): Promise<ServiceResponse | undefined> {
    const fault = this.takeFault();
    if (fault?.delayMs) await this.sleep(fault.delayMs);
    if (fault?.closeConnection) {
      destroy();
      return undefined;
    }
    if (fault?.status) {
      const headers: Record<string, string> = {};
      if (fault.retryAfterSeconds !== undefined) {
        headers['Retry-After'] = String(fault.retryAfterSeconds);
      }
      return json(
        fault.status,
        { code: fault.status, message: `injected fault in ${this.name}` },
        headers,
      );
    }
    return this.handler(req);
  }

  private takeFault(): Fault | undefined {
    const fault = this.fault;
    if (!fault) return undefined;
    fault.remaining--;
    if (fault.remaining <= 0) this.fault = undefined;
    return fault;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const pending = {
        timer: setTimeout(() => {
          this.timers.delete(pending);
          resolve();
        }, ms),
        resolve,
      };
      this.timers.add(pending);
    });
  }
}
