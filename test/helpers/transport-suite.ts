// One contract suite, run against every transport (HTTP and Electron IPC): same calls, same
// envelopes, same error codes.
import { describe, expect, it } from 'vitest';
import type { ApiName, ApiResponse } from '../../graph-data/contract/api.ts';

export type RawCall = (name: string, args: unknown) => Promise<ApiResponse<unknown>>;

export function transportSuite(label: string, makeCall: () => Promise<RawCall>): void {
  describe(`the API over ${label}`, () => {
    let call: RawCall;
    const get = async <T>(name: ApiName, args: unknown): Promise<T> => {
      call ??= await makeCall();
      const r = await call(name, args);
      if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
      return r.value as T;
    };
    /** The error code, or 'refused' when the transport has no such call at all (IPC: no channel). */
    const fail = async (name: string, args: unknown) => {
      call ??= await makeCall();
      let r: ApiResponse<unknown>;
      try {
        r = await call(name, args);
      } catch {
        return 'refused';
      }
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.error.code;
    };

    it('answers search, detail, neighbourhood and path calls', async () => {
      const hits = await get<{ entities: { id: string }[] }>('search:run', { text: 'korea utara' });
      expect(hits.entities[0]?.id).toBe('north-korea');
      const e = await get<{ label: string }>('entity:get', { id: 'kn-23' });
      expect(e.label).toBe('KN-23');
      const n = await get<{ nodes: unknown[]; truncated: boolean }>('graph:neighbourhood', {
        ids: ['north-korea'],
        depth: 1,
      });
      expect(n.nodes.length).toBeGreaterThan(3);
      const p = await get<{ found: boolean }>('graph:path', { from: 'sean-savett', to: 'kn-23' });
      expect(p.found).toBe(true);
      const info = await get<{ counts: { entities: number } }>('db:info', {});
      expect(info.counts.entities).toBeGreaterThanOrEqual(20);
    });

    it('refuses unknown calls and invalid arguments with stable codes', async () => {
      expect(['bad-argument', 'refused']).toContain(await fail('fs:readFile', { path: '/etc/passwd' }));
      expect(await fail('entity:get', { id: '../../etc' })).toBe('bad-argument');
      expect(await fail('graph:neighbourhood', { ids: ['north-korea'], depth: 9 })).toBe('bad-argument');
      expect(await fail('search:run', { text: 'x', extra: true })).toBe('bad-argument');
      expect(await fail('entity:get', { id: 'no-such-entity' })).toBe('not-found');
    });

    it('hands out claim digests of the relations graph:subgraph draws, refusing bad arguments', async () => {
      type Edge = { id: string; claimCount: number };
      const ids = ['north-korea', 'russia', 'ukraine', 'kn-23'];
      const slice = await get<{ edges: Edge[] }>('graph:subgraph', { ids, cap: 1000 });
      const d = await get<{ edges: Edge[]; claims: [string, string | null, number][][] }>('claims:digests', {
        ids,
        cap: 1000,
      });
      expect(d.edges).toEqual(slice.edges);
      expect(d.edges.length).toBeGreaterThan(1);
      expect(d.claims.map((c) => c.length)).toEqual(d.edges.map((e) => e.claimCount));
      expect(await fail('claims:digests', { ids, cap: 0 })).toBe('bad-argument');
      expect(await fail('claims:digests', { ids: ['../x'] })).toBe('bad-argument');
    });

    it('exports a selection as Claimscape JSON', async () => {
      const r = await get<{ files: { text: string }[] }>('export:subgraph', {
        scope: { kind: 'entities', ids: ['north-korea', 'russia'] },
        format: 'claimscape',
      });
      const doc = JSON.parse(r.files[0]!.text) as { entities: { id: string; context?: boolean }[] };
      expect(
        doc.entities
          .filter((x) => !x.context)
          .map((x) => x.id)
          .sort(),
      ).toEqual(['north-korea', 'russia']);
    });
  });
}
