import type { PreparedText } from '../../types';

// A photo credit as news pages print it under a picture: "Image credit: Anadolu Ajansi", "(AP
// Photo/Evan Vucci)", "Scott Olson via Getty Images", "Photograph: Reuters".
const CREDIT =
  /\b(?:Image|Photo|Picture) credit:|\bPhoto(?:graph)?:\s|\((?:AP|AFP|Reuters|UPI) Photo\b|\bvia Getty Images\b|\/Getty Images\b/;

/** A caption is short: a line or two under the picture, not a paragraph that runs on. */
const CAPTION_MAX = 400;

/**
 * The paragraphs that are a picture's caption: short, with a photo credit in them. A caption says
 * what the picture shows ("President Donald Trump discusses ongoing efforts to broker a peace deal.
 * Image credit: …"), not what anyone said, so no statement comes from it.
 */
export function captionParagraphs(doc: PreparedText): Set<number> {
  const out = new Set<number>();
  for (const p of doc.paragraphs) {
    if (p.end - p.start > CAPTION_MAX) continue;
    if (CREDIT.test(doc.norm.slice(p.start, p.end))) out.add(p.index);
  }
  return out;
}
