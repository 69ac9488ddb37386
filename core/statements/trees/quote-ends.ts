import type { Span } from '../../types';

/**
 * Words that open a quotation and stop short of its closing mark by punctuation alone are the
 * whole quotation. The parse hangs a quote's last "?" or "." from the verb outside it when the
 * quotation is no clause of its own ("Sanders said at Western High School, “Any questions I can
 * answer?”"), so the model's words were "“Any questions I can answer", neither a quote nor a
 * reported clause. `norm` has every double quote mark as '"'.
 */
export function wholeQuote(norm: string, part: Span): Span {
  if (norm[part.start] !== '"') return part;
  const close = norm.indexOf('"', part.start + 1);
  if (close < part.end - 1 || !/^[\s.,?!;:]*$/.test(norm.slice(part.end, close))) return part;
  return { start: part.start, end: close + 1 };
}
