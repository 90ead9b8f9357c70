// One font stack for the DOM (styles.css mirrors it), the graph canvas and exported images.
export const FONT_STACK =
  '"Inter", "Segoe UI", system-ui, -apple-system, "Helvetica Neue", "Liberation Sans", "DejaVu Sans", sans-serif';
