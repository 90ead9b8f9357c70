// Draws a laid-out figure onto a canvas at a pixel scale (1x-4x) and encodes it as PNG; the
// output is exactly figure size x scale.
import { traceShape } from '../../ui/shape-geometry.ts';
import { fontOf, type Figure } from './figure-layout.ts';

export function createMeasure(): (text: string, size: number, weight?: 'normal' | 'bold') => number {
  const ctx = document.createElement('canvas').getContext('2d');
  return (text, size, weight = 'normal') => {
    if (!ctx) return text.length * size * 0.55;
    ctx.font = fontOf(size, weight);
    return ctx.measureText(text).width;
  };
}

export async function drawFigurePng(
  fig: Figure,
  graph: Blob,
  scale: number,
  background: string | null,
): Promise<{ blob: Blob; width: number; height: number }> {
  const canvas = document.createElement('canvas');
  canvas.width = fig.width * scale;
  canvas.height = fig.height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this display cannot draw images (no 2D canvas)');
  ctx.scale(scale, scale);
  if (background) {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, fig.width, fig.height);
  }
  const image = await createImageBitmap(graph);
  for (const o of fig.ops) {
    if (o.op === 'graph') ctx.drawImage(image, o.x, o.y, o.w, o.h);
    else if (o.op === 'text') {
      ctx.font = fontOf(o.size, o.weight);
      ctx.fillStyle = o.color;
      ctx.fillText(o.text, o.x, o.y);
    } else if (o.op === 'shape') {
      traceShape(ctx, o.shape, o.x, o.y, o.r);
      ctx.fillStyle = o.color;
      ctx.fill();
      ctx.strokeStyle = 'rgba(15,23,42,0.45)';
      ctx.lineWidth = 1;
      ctx.stroke();
    } else {
      ctx.beginPath();
      ctx.setLineDash(o.dash);
      ctx.strokeStyle = o.color;
      ctx.lineWidth = o.width;
      ctx.moveTo(o.x1, o.y1);
      ctx.lineTo(o.x2, o.y2);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
  image.close();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the image could not be encoded');
  return { blob, width: canvas.width, height: canvas.height };
}
