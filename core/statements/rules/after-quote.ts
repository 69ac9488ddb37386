// What may stand between a closing quote and the attribution after it ("…,” Tulsa police Chief
// Chuck Jordan said"), and after that attribution's verb, for the quote to be its words.
import { WEEKDAY_ALT } from '../../text/dates';

// Between a closing quote and its source only the source's name and role may stand ("…,” Tulsa
// police Chief Chuck Jordan said"); a preposition or a comma means a clause ("…“reserves of
// stability” under the growing weight of sanctions, he said").
export const ROLE_LEAD =
  /^[\s,.?!]*(?!.*\b(?:under|over|with|in|on|at|after|before|during|because|while|for|to|from|by|as|than|and|or|but|is|are|was|were)\s)(?:[\w.'-]+\s+){0,6}$/;

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

// …or a time counted from another event: "she said several months after her release", "said just
// after midnight on CNN"; or a date: "Rubio said Dec. 6 on CNN".
export const BARE_FOLLOW = new RegExp(
  `^\\s*(?:[,.;:!?]|$|\\w+ly\\s*[,.;]|(?:just|shortly|right|soon|moments|minutes|hours)\\s+(?:after|before)\\b|${MONTH}\\.?\\s+\\d{1,2}\\b|(?:in|on|at|to|during|after|before|while|as|of|about|from|via|with|through|when|aboard|last|this|earlier|later|today|yesterday|recently|${WEEKDAY_ALT})\\b|(?:several|a\\s+few|a|one|two|three|four|five|six|many)\\s+(?:minutes|hours|days|weeks|months|years|hour|day|week|month|year)\\s+(?:after|before|later|earlier|ago)\\b)`,
);
export const OBJECT_FOLLOW = new RegExp(
  `^\\s+(?:(?:the|a|an)\\s+(?:[\\w'-]+\\s+){0,4}(?:of|on)\\s+)?"[^"]{1,60}[,.]"|^\\s+(?:him|her|them|us|me|reporters|journalists|(?:his|her|their|the|a|an)\\s+(?:[\\w'-]+\\s+){0,4}[\\w'-]+|[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,3})\\s*(?:[,.;]|$|\\s+\\w+\\s*[.;]|\\s+(?:in|on|at|during|after|before|when|this|last|earlier|later|${WEEKDAY_ALT})\\b)`,
);

// A name and a comma right after the quote: the source with a description, which may be long ("…,”
// Dylan Nelson, a postdoctoral fellow at the Max Planck Institute…, said"), so its verb is looked
// for further off.
export const NAMED_LEAD = /^[\s,]*\p{Lu}[\p{L}.'-]*\s+\p{Lu}[\p{L}.'-]*,/u;
