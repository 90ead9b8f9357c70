// The one file that talks to a transport: the Electron preload bridge when present, else local
// HTTP with the per-run token. Both yield the same ApiClient, derived from API_NAMES.
import {
  API_NAMES,
  BRIDGE_GLOBAL,
  type ApiArgs,
  type ApiClient,
  type ApiEventName,
  type ApiEvents,
  type ApiName,
  type ApiResponse,
  type ApiResult,
  type BridgeApi,
} from '../graph-data/contract/api.ts';

/** A call that came back `ok: false`, or never arrived: `code` is stable, `message` is for people. */
export class ApiCallError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'ApiCallError';
    this.code = code;
  }
}

export type Transport = 'electron' | 'http';

export interface ApiConnection {
  api: ApiClient;
  transport: Transport;
  /** Push events (menu commands, database changes); Electron only, a no-op over HTTP. */
  onEvent<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}

type RawCall = (name: ApiName, args: unknown) => Promise<ApiResponse<unknown>>;

// The token survives a reload of the same tab but never appears in the address bar or history.
const TOKEN_KEY = 'claimscape.token';

export function connectApi(): ApiConnection {
  const bridge = (window as unknown as Record<string, BridgeApi | undefined>)[BRIDGE_GLOBAL];
  if (bridge) {
    const raw: RawCall = (name, args) => (bridge.calls[name] as (a: unknown) => Promise<ApiResponse<unknown>>)(args);
    return { api: buildClient(raw), transport: 'electron', onEvent: (event, listener) => bridge.on(event, listener) };
  }
  const token = takeToken();
  return { api: buildClient(httpCall(token)), transport: 'http', onEvent: () => () => undefined };
}

let inFlight = 0;

/** Calls sent and not yet answered: the test hook's idle() waits for none. */
export function callsInFlight(): number {
  return inFlight;
}

function buildClient(raw: RawCall): ApiClient {
  const call = async <K extends ApiName>(name: K, args: ApiArgs<K>): Promise<ApiResult<K>> => {
    let res: ApiResponse<unknown>;
    inFlight++;
    try {
      res = await raw(name, args);
    } catch (e) {
      throw new ApiCallError(
        'unavailable',
        `the ${name} call could not be delivered: ${e instanceof Error ? e.message : String(e)}`,
      );
    } finally {
      // Before the caller's continuation runs: the answer is applied in the same task, so idle
      // never shows between a call's answer and what the caller draws from it.
      inFlight--;
    }
    if (!res || typeof res !== 'object' || !('ok' in res))
      throw new ApiCallError('internal', `the ${name} call returned no envelope`);
    if (!res.ok) throw new ApiCallError(res.error.code, res.error.message);
    return res.value as ApiResult<K>;
  };
  const entries = API_NAMES.map((name) => [name, (args: ApiArgs<typeof name>) => call(name, args)] as const);
  return Object.fromEntries(entries) as unknown as ApiClient;
}

function takeToken(): string {
  const m = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (m?.[1]) {
    const token = decodeURIComponent(m[1]);
    sessionStorage.setItem(TOKEN_KEY, token);
    history.replaceState(null, '', location.pathname + location.search);
    return token;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function httpCall(token: string): RawCall {
  return async (name, args) => {
    const res = await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(args ?? {}),
    });
    const type = res.headers.get('Content-Type') ?? '';
    if (!type.includes('json'))
      return {
        ok: false,
        error: { code: res.status === 401 ? 'forbidden' : 'internal', message: `HTTP ${res.status}` },
      };
    return (await res.json()) as ApiResponse<unknown>;
  };
}
