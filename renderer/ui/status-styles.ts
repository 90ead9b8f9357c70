// How each derived relation status is drawn, as data: the graph, the legend and exported images
// all read this, so a line means the same thing everywhere.
import { STATUSES, type RelationStatus } from '../../graph-data/model/types.ts';
import type { Theme } from '../state/app-state.ts';

export interface StatusStyle {
  label: string;
  meaning: string;
  line: 'solid' | 'dashed' | 'dotted';
  /** Dash pattern in px at width 1, for canvas and SVG samples. */
  dash: number[];
  color: Record<Theme, string>;
  /** Confirmed relations are drawn a little heavier. */
  widthBoost: number;
}

export const STATUS_STYLES: Record<RelationStatus, StatusStyle> = {
  asserted: {
    label: 'asserted',
    meaning: 'someone asserts it, nobody denies it',
    line: 'solid',
    dash: [],
    color: { light: '#7d8a9c', dark: '#8792a3' },
    widthBoost: 0,
  },
  confirmed: {
    label: 'confirmed',
    meaning: 'a party confirms it, nobody denies it',
    line: 'solid',
    dash: [],
    color: { light: '#2b3646', dark: '#dfe6ef' },
    widthBoost: 0.75,
  },
  unverified: {
    label: 'unverified',
    meaning: 'only relayed, or said to be unverifiable',
    line: 'dashed',
    dash: [6, 4],
    color: { light: '#98a2b0', dark: '#6f7a8a' },
    widthBoost: 0,
  },
  contested: {
    label: 'contested',
    meaning: 'asserted by some, denied by others',
    line: 'dashed',
    dash: [7, 4],
    color: { light: '#d97706', dark: '#f59e0b' },
    widthBoost: 0.25,
  },
  denied: {
    label: 'denied',
    meaning: 'only denials',
    line: 'dotted',
    dash: [2, 3],
    color: { light: '#c0392b', dark: '#f87171' },
    widthBoost: 0.25,
  },
};

/** Legend and filter order: the usual case first, warnings last. */
export const STATUS_ORDER: readonly RelationStatus[] = ['asserted', 'confirmed', 'unverified', 'contested', 'denied'];

/** Line width from independent sources: one source is a thin line, each doubling adds 1.5 px. */
export function edgeWidth(sourceCount: number): number {
  return 1 + 1.5 * Math.log2(1 + Math.max(0, sourceCount));
}

export const WIDTH_NOTE = 'Line width = independent sources (syndicated copies count once)';

export function isStatus(v: string): v is RelationStatus {
  return (STATUSES as readonly string[]).includes(v);
}
