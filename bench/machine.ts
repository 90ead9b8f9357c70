// Describes the machine a benchmark ran on, so figures from different machines are never compared blind.
import { readFileSync } from 'node:fs';
import { cpus, release, totalmem, type as osType } from 'node:os';
import type { Db } from '../main/db/open.ts';

export interface Machine {
  cpu: string;
  cores: number;
  ram_gb: number;
  os: string;
  node: string;
  sqlite: string;
  better_sqlite3: string;
  load_avg_at_start: number[];
}

function packageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(`${root}/node_modules/${name}/package.json`, 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}

function loadAvg(): number[] {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number);
  } catch {
    return [];
  }
}

export function describeMachine(db: Db, root: string): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    ram_gb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${osType()} ${release()}`,
    node: process.version,
    sqlite: String(db.prepare('SELECT sqlite_version()').pluck().get()),
    better_sqlite3: packageVersion(root, 'better-sqlite3'),
    load_avg_at_start: loadAvg(),
  };
}

/** Resident memory from /proc (Linux): total, anonymous (heap) and file-backed (mmap'd database pages). */
export function memory(): { rss_mb: number; rss_anon_mb: number; rss_file_mb: number; peak_rss_mb: number } {
  const mb = (kb: number) => Math.round(kb / 102.4) / 10;
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return {
      rss_mb: mb(kb('VmRSS')),
      rss_anon_mb: mb(kb('RssAnon')),
      rss_file_mb: mb(kb('RssFile') + kb('RssShmem')),
      peak_rss_mb: mb(kb('VmHWM')),
    };
  } catch {
    const rss = process.memoryUsage().rss / 1024;
    return { rss_mb: mb(rss), rss_anon_mb: NaN, rss_file_mb: NaN, peak_rss_mb: NaN };
  }
}
