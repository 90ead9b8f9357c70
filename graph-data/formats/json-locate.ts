// Finds where JSON text first goes wrong, for engines whose syntax errors carry no position.
// A small iterative scanner of the JSON grammar: it only locates errors, it builds nothing.

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** Offset of the first character that cannot continue valid JSON (text.length when it ends early). */
export function findJsonErrorOffset(text: string): number {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  let expect: 'value' | 'key' | 'colon' | 'comma-or-end' = 'value';
  const skip = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  const match = (re: RegExp) => {
    re.lastIndex = i;
    return re.test(text) ? re.lastIndex : -1;
  };
  for (;;) {
    skip();
    if (i >= text.length) return stack.length || expect !== 'comma-or-end' ? text.length : -1;
    const c = text[i];
    if (expect === 'value') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        skip();
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          expect = 'comma-or-end';
        } else expect = c === '{' ? 'key' : 'value';
        continue;
      }
      const end =
        c === '"'
          ? match(STRING)
          : /[-\d]/.test(c ?? '')
            ? match(NUMBER)
            : ['true', 'false', 'null'].find((w) => text.startsWith(w, i))
              ? i + (text.startsWith('null', i) || text.startsWith('true', i) ? 4 : 5)
              : -1;
      if (end < 0) return i;
      i = end;
      expect = 'comma-or-end';
    } else if (expect === 'key') {
      const end = c === '"' ? match(STRING) : -1;
      if (end < 0) return i;
      i = end;
      expect = 'colon';
    } else if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (!top) return i;
      if (c === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        stack.pop();
        i++;
      } else return i;
    }
  }
}
