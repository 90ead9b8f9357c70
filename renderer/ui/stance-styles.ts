// How each stance is drawn in the claims view and the timeline, as data: the graph, the legend,
// the timeline and exported images all read this, so a colour means the same thing everywhere.
import { STANCES, type Stance } from '../../graph-data/model/types.ts';
import type { Theme } from '../state/app-state.ts';

export interface StanceStyle {
  label: string;
  meaning: string;
  line: 'solid' | 'dashed' | 'dotted';
  dash: number[];
  color: Record<Theme, string>;
}

export const STANCE_STYLES: Record<Stance, StanceStyle> = {
  asserts: {
    label: 'asserts',
    meaning: 'states it as true',
    line: 'solid',
    dash: [],
    color: { light: '#2563eb', dark: '#60a5fa' },
  },
  reports: {
    label: 'reports',
    meaning: 'relays what another party says',
    line: 'dashed',
    dash: [5, 3],
    color: { light: '#7c3aed', dark: '#a78bfa' },
  },
  confirms: {
    label: 'confirms',
    meaning: 'confirms it',
    line: 'solid',
    dash: [],
    color: { light: '#15803d', dark: '#4ade80' },
  },
  'cannot-verify': {
    label: 'cannot verify',
    meaning: 'says it cannot verify it',
    line: 'dashed',
    dash: [3, 3],
    color: { light: '#d97706', dark: '#fbbf24' },
  },
  denies: {
    label: 'denies',
    meaning: 'says it is not true',
    line: 'dotted',
    dash: [2, 3],
    color: { light: '#dc2626', dark: '#f87171' },
  },
};

export const STANCE_ORDER: readonly Stance[] = STANCES;

/** Evidence marks on relations in the normal view (graph, legend and exports). */
export const EVIDENCE_MARKS = {
  doubted: { label: 'doubted', meaning: 'some claim cannot verify or denies it', color: '#dc2626' },
  single: { label: 'one source', meaning: 'rests on a single independent source', color: '#64748b' },
  possibly: { label: 'possibly in range', meaning: 'its partial dates may fall outside the dates chosen' },
} as const;
