/**
 * Region data speaks to the reader ("the day you receive the goods"); a message is written by the reader
 * ("the day I receive the goods"). Turns second person into first person, for the short legal phrases the
 * message quotes from the data.
 */

// "you" right after these words is the object: "refund you" → "refund me", "passes to you" → "passes to me".
const OBJECT_AFTER = new Set([
  'to', 'for', 'with', 'by', 'from', 'make', 'makes', 'refund', 'refunds', 'give', 'gives', 'tell', 'tells',
  'let', 'lets', 'owe', 'owes', 'charge', 'charges', 'send', 'sends', 'ask', 'asks', 'help', 'helps', 'contact',
  'contacts', 'inform', 'informs', 'notify', 'notifies', 'pay', 'pays',
]);

const POSSESSIVE: Record<string, string> = { your: 'my', yours: 'mine', yourself: 'myself' };
const TO_BE: Record<string, string> = { are: 'am', were: 'was' };

export function firstPerson(text: string): string {
  const tokens = text.split(/(\b[A-Za-z]+\b)/);
  const words = (from: number, step: number): string | undefined => {
    for (let index = from; index >= 0 && index < tokens.length; index += step) {
      const token = tokens[index] ?? '';
      if (/^[A-Za-z]+$/.test(token)) return token.toLowerCase();
      if (/[^\s]/.test(token)) return undefined; // punctuation in between: no neighbour
    }
    return undefined;
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] ?? '';
    const lower = token.toLowerCase();
    const capital = token[0] !== undefined && token[0] !== token[0].toLowerCase();
    if (Object.hasOwn(POSSESSIVE, lower)) {
      tokens[index] = withCase(POSSESSIVE[lower] ?? lower, capital);
    } else if (lower === 'you') {
      const next = words(index + 1, 1);
      if (next !== undefined && Object.hasOwn(TO_BE, next)) {
        tokens[index] = 'I';
        const verbAt = tokens.findIndex((item, at) => at > index && item.toLowerCase() === next);
        tokens[verbAt] = TO_BE[next] ?? next;
      } else {
        const previous = words(index - 1, -1);
        tokens[index] = previous !== undefined && OBJECT_AFTER.has(previous) ? withCase('me', capital) : 'I';
      }
    }
  }
  return tokens.join('');
}

function withCase(word: string, capital: boolean): string {
  return capital ? `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}` : word;
}
