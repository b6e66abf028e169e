# re: regular expressions, by a backtracking matcher with Python's rules
# (leftmost match, greedy and lazy repeats, groups, named groups,
# backreferences, lookahead, \b \d \w \s, the I M S X A flags). The
# pattern compiles to a small instruction list run with an explicit stack
# (no deep recursion on long strings). Lookbehind, conditionals, atomic
# groups and possessive repeats are refused by name.

A = ASCII = 256
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
NOFLAG = 0
_FLAG_NAMES = [(IGNORECASE, "re.IGNORECASE"), (LOCALE, "re.LOCALE"), (MULTILINE, "re.MULTILINE"),
               (DOTALL, "re.DOTALL"), (UNICODE, "re.UNICODE"), (VERBOSE, "re.VERBOSE"), (ASCII, "re.ASCII")]


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
        Exception.__init__(self, msg)


PatternError = error
_INF = 1 << 30


def _is_word(c, ascii):
    return (c.isalnum() or c == '_') and (not ascii or c < '\x80')


def _is_digit(c, ascii):
    return c.isdecimal() and (not ascii or c < '\x80')


def _is_space(c, ascii):
    return c in ' \t\n\r\f\v' or (not ascii and c.isspace())


class _Parser:
    def __init__(self, pattern, flags):
        self.p = pattern
        self.i = 0
        self.flags = flags
        self.ngroups = 0
        self.names = {}

    def error(self, msg, pos=None):
        raise error(msg, self.p, self.i if pos is None else pos)

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def skip_verbose(self):
        if self.flags & VERBOSE:
            while self.i < len(self.p):
                c = self.p[self.i]
                if c in ' \t\n\r\f\v':
                    self.i += 1
                elif c == '#':
                    while self.i < len(self.p) and self.p[self.i] != '\n':
                        self.i += 1
                else:
                    break

    def parse(self):
        self.inline_flags()
        node = self.alternation()
        if self.i < len(self.p):
            if self.p[self.i] == ')':
                self.error("unbalanced parenthesis")
            self.error("unexpected end of pattern")
        return node

    def inline_flags(self):
        # (?aiLmsux) at the start of the pattern.
        while self.p.startswith('(?', self.i) and self.i + 2 < len(self.p) and self.p[self.i + 2] in 'aiLmsux':
            j = self.i + 2
            while j < len(self.p) and self.p[j] in 'aiLmsux':
                self.flags |= {'a': ASCII, 'i': IGNORECASE, 'L': LOCALE, 'm': MULTILINE, 's': DOTALL, 'u': UNICODE, 'x': VERBOSE}[self.p[j]]
                j += 1
            if j < len(self.p) and self.p[j] == ')':
                self.i = j + 1
            else:
                break

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == '|':
            self.i += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else ('alt', branches)

    def sequence(self):
        items = []
        while True:
            self.skip_verbose()
            c = self.peek()
            if c is None or c in '|)':
                break
            start = self.i
            atom = self.atom()
            self.skip_verbose()
            atom = self.quantifier(atom, start)
            items.append(atom)
        return ('seq', items)

    def quantifier(self, atom, start):
        c = self.peek()
        if c is None:
            return atom
        if c in '*+?':
            lo, hi = {'*': (0, _INF), '+': (1, _INF), '?': (0, 1)}[c]
            self.i += 1
        elif c == '{':
            j = self.p.find('}', self.i)
            body = self.p[self.i + 1:j] if j > 0 else ''
            parts = body.split(',')
            if j < 0 or len(parts) > 2 or not all(x.isdigit() or x == '' for x in parts) or body == '' or body == ',' and False:
                return atom
            if len(parts) == 1:
                if not parts[0]:
                    return atom
                lo = hi = int(parts[0])
            else:
                lo = int(parts[0]) if parts[0] else 0
                hi = int(parts[1]) if parts[1] else _INF
                if hi < lo:
                    self.error("min repeat greater than max repeat", self.i + 1)
            self.i = j + 1
        else:
            return atom
        if atom[0] in ('bol', 'eol', 'bos', 'eos', 'wordb', 'nwordb', 'repeat') or atom == ('seq', []):
            if atom[0] == 'repeat':
                self.error("multiple repeat", self.i - 1)
            self.error("nothing to repeat", start)
        greedy = True
        if self.peek() == '?':
            greedy = False
            self.i += 1
        elif self.peek() == '+':
            _refuse("re: possessive repeats")
        return ('repeat', atom, lo, hi, greedy)

    def atom(self):
        c = self.p[self.i]
        if c == '(':
            return self.group()
        if c == '[':
            return self.char_class()
        if c == '.':
            self.i += 1
            return ('any',)
        if c == '^':
            self.i += 1
            return ('bol',)
        if c == '$':
            self.i += 1
            return ('eol',)
        if c == '\\':
            return self.escape(False)
        if c in '*+?':
            self.error("nothing to repeat")
        if c == '{' and self.quantifier_follows():
            self.error("nothing to repeat")
        self.i += 1
        return ('lit', c)

    def quantifier_follows(self):
        j = self.p.find('}', self.i)
        if j < 0:
            return False
        body = self.p[self.i + 1:j]
        return body != '' and all(x.isdigit() or x == '' for x in body.split(',')) and body.count(',') <= 1 and body != ','

    def group(self):
        start = self.i
        self.i += 1
        if self.p.startswith('?', self.i):
            self.i += 1
            c = self.peek()
            if c == ':':
                self.i += 1
                node = self.alternation()
                self.close(start)
                return node
            if c == 'P' and self.p.startswith('P<', self.i):
                j = self.p.find('>', self.i)
                if j < 0:
                    self.error("missing >, unterminated name", self.i + 2)
                name = self.p[self.i + 2:j]
                if not name.isidentifier():
                    self.error("bad character in group name %r" % name, self.i + 2)
                if name in self.names:
                    self.error("redefinition of group name %r as group %d; was group %d" % (name, self.ngroups + 1, self.names[name]), self.i + 2)
                self.i = j + 1
                self.ngroups += 1
                idx = self.ngroups
                self.names[name] = idx
                node = self.alternation()
                self.close(start)
                return ('group', idx, node)
            if c == 'P' and self.p.startswith('P=', self.i):
                j = self.p.find(')', self.i)
                name = self.p[self.i + 2:j]
                if name not in self.names:
                    self.error("unknown group name %r" % name, self.i + 2)
                self.i = j + 1
                return ('backref', self.names[name])
            if c == '=' or c == '!':
                self.i += 1
                node = self.alternation()
                self.close(start)
                return ('look', node, c == '!')
            if c == '#':
                j = self.p.find(')', self.i)
                if j < 0:
                    self.error("missing ), unterminated comment", start)
                self.i = j + 1
                return ('seq', [])
            if c == '<':
                _refuse("re: lookbehind assertions")
            if c == '(':
                _refuse("re: conditional groups")
            if c == '>':
                _refuse("re: atomic groups")
            if c is not None and c in 'aiLmsux-':
                _refuse("re: scoped inline flags")
            self.error("unknown extension ?" + (c or ''), start + 1)
        self.ngroups += 1
        idx = self.ngroups
        node = self.alternation()
        self.close(start)
        return ('group', idx, node)

    def close(self, start):
        if self.peek() != ')':
            self.error("missing ), unterminated subpattern", start)
        self.i += 1

    def escape(self, in_class):
        self.i += 1
        if self.i >= len(self.p):
            self.error("bad escape (end of pattern)", self.i - 1)
        c = self.p[self.i]
        self.i += 1
        if c in 'dwsDWS':
            return ('cat', c)
        if not in_class:
            if c == 'b':
                return ('wordb',)
            if c == 'B':
                return ('nwordb',)
            if c == 'A':
                return ('bos',)
            if c == 'Z':
                return ('eos',)
            if c.isdigit() and c != '0':
                j = self.i
                while j < len(self.p) and self.p[j].isdigit() and j - self.i < 1:
                    j += 1
                n = int(self.p[self.i - 1:j])
                self.i = j
                if n > self.ngroups:
                    self.error("invalid group reference %d" % n, self.i - len(str(n)) - 1)
                return ('backref', n)
        simple = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', '0': '\0'}
        if c in simple:
            return ('lit', simple[c])
        if in_class and c == 'b':
            return ('lit', '\b')
        if c == 'x':
            h = self.p[self.i:self.i + 2]
            self.i += 2
            return ('lit', chr(int(h, 16)))
        if c == 'u' or c == 'U':
            k = 4 if c == 'u' else 8
            h = self.p[self.i:self.i + k]
            self.i += k
            return ('lit', chr(int(h, 16)))
        if c.isalnum():
            self.error("bad escape \\" + c, self.i - 2)
        return ('lit', c)

    def char_class(self):
        start = self.i
        self.i += 1
        negate = False
        if self.peek() == '^':
            negate = True
            self.i += 1
        items = []
        first = True
        while True:
            c = self.peek()
            if c is None:
                self.error("unterminated character set", start)
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            if c == '\\':
                e = self.escape(True)
                if e[0] == 'cat':
                    items.append(e)
                    continue
                lo = e[1]
            else:
                lo = c
                self.i += 1
            if self.peek() == '-' and self.i + 1 < len(self.p) and self.p[self.i + 1] != ']':
                self.i += 1
                if self.peek() == '\\':
                    e = self.escape(True)
                    if e[0] == 'cat':
                        self.error("bad character range %s-%s" % (lo, '\\' + e[1]), start)
                    hi = e[1]
                else:
                    hi = self.p[self.i]
                    self.i += 1
                if hi < lo:
                    self.error("bad character range %s-%s" % (lo, hi), self.i - 3)
                items.append(('range', lo, hi))
            else:
                items.append(('range', lo, lo))
        return ('class', items, negate)


def _cat_ok(cat, ch, ascii):
    if cat == 'd':
        return _is_digit(ch, ascii)
    if cat == 'D':
        return not _is_digit(ch, ascii)
    if cat == 'w':
        return _is_word(ch, ascii)
    if cat == 'W':
        return not _is_word(ch, ascii)
    if cat == 's':
        return _is_space(ch, ascii)
    return not _is_space(ch, ascii)


def _class_ok(items, negate, ch, icase, ascii):
    hit = False
    for it in items:
        if it[0] == 'cat':
            if _cat_ok(it[1], ch, ascii):
                hit = True
                break
        elif it[1] <= ch <= it[2] or (icase and (it[1] <= ch.lower() <= it[2] or it[1] <= ch.upper() <= it[2])):
            hit = True
            break
    return hit != negate


def _nullable(node):
    k = node[0]
    if k in ('lit', 'any', 'class', 'cat'):
        return False
    if k == 'seq':
        return all(_nullable(n) for n in node[1])
    if k == 'alt':
        return any(_nullable(n) for n in node[1])
    if k == 'group':
        return _nullable(node[2])
    if k == 'repeat':
        return node[2] == 0 or _nullable(node[1])
    return True


class _Compiler:
    # Instructions: ('char', c) ('any',) ('class', items, neg) ('cat', c)
    # ('split', a, b) ('jmp', a) ('save', n) ('assert', kind)
    # ('backref', n) ('look', prog, negate) ('guard', slot) ('mark', slot)
    # ('match',)
    def __init__(self):
        self.code = []
        self.slots = 0

    def emit(self, ins):
        self.code.append(ins)
        return len(self.code) - 1

    def node(self, n):
        k = n[0]
        if k == 'lit':
            self.emit(('char', n[1]))
        elif k in ('any', 'cat', 'class'):
            self.emit(n)
        elif k == 'seq':
            for x in n[1]:
                self.node(x)
        elif k == 'alt':
            jumps = []
            for j, b in enumerate(n[1]):
                if j < len(n[1]) - 1:
                    s = self.emit(None)
                    self.node(b)
                    jumps.append(self.emit(None))
                    self.code[s] = ('split', s + 1, len(self.code))
                else:
                    self.node(b)
            for j in jumps:
                self.code[j] = ('jmp', len(self.code))
        elif k == 'group':
            self.emit(('save', 2 * n[1]))
            self.node(n[2])
            self.emit(('save', 2 * n[1] + 1))
        elif k in ('bol', 'eol', 'bos', 'eos', 'wordb', 'nwordb'):
            self.emit(('assert', k))
        elif k == 'backref':
            self.emit(n)
        elif k == 'look':
            sub = _Compiler()
            sub.slots = self.slots
            sub.node(n[1])
            sub.emit(('match',))
            self.slots = max(self.slots, sub.slots)
            self.emit(('look', sub.code, n[2]))
        elif k == 'repeat':
            self.repeat(n[1], n[2], n[3], n[4])

    def one_or_more(self, body, greedy, nullable):
        # body then loop back while it makes progress.
        slot = self.slots
        self.slots += 1
        top = len(self.code)
        if nullable:
            self.emit(('mark', slot))
        self.node(body)
        if nullable:
            self.emit(('guard', slot))
        self.emit(('split', top, len(self.code) + 1) if greedy else ('split', len(self.code) + 1, top))

    def repeat(self, body, lo, hi, greedy):
        nullable = _nullable(body)
        for _ in range(lo):
            self.node(body)
        if hi == _INF:
            # (body)*
            s = self.emit(None)
            self.one_or_more(body, greedy, nullable)
            self.code[s] = ('split', s + 1, len(self.code)) if greedy else ('split', len(self.code), s + 1)
        else:
            splits = []
            for _ in range(hi - lo):
                splits.append(self.emit(None))
                self.node(body)
            end = len(self.code)
            for s in splits:
                self.code[s] = ('split', s + 1, end) if greedy else ('split', end, s + 1)


def _run(code, s, pos, endpos, ncaps, nslots, flags, must_advance=False):
    # Backtracking: a stack of (pc, pos, caps, slots) alternatives.
    icase = flags & IGNORECASE
    ascii = flags & ASCII
    multiline = flags & MULTILINE
    dotall = flags & DOTALL
    stack = [(0, pos, (None,) * (2 * ncaps + 2), (None,) * nslots)]
    steps = 0
    while stack:
        pc, i, caps, slots = stack.pop()
        while True:
            steps += 1
            ins = code[pc]
            op = ins[0]
            if op == 'char':
                if i < endpos and (s[i] == ins[1] or (icase and s[i].lower() == ins[1].lower())):
                    i += 1
                    pc += 1
                    continue
                break
            if op == 'any':
                if i < endpos and (dotall or s[i] != '\n'):
                    i += 1
                    pc += 1
                    continue
                break
            if op == 'cat':
                if i < endpos and _cat_ok(ins[1], s[i], ascii):
                    i += 1
                    pc += 1
                    continue
                break
            if op == 'class':
                if i < endpos and _class_ok(ins[1], ins[2], s[i], icase, ascii):
                    i += 1
                    pc += 1
                    continue
                break
            if op == 'split':
                stack.append((ins[2], i, caps, slots))
                pc = ins[1]
                continue
            if op == 'jmp':
                pc = ins[1]
                continue
            if op == 'save':
                n = ins[1]
                caps = caps[:n] + (i,) + caps[n + 1:]
                pc += 1
                continue
            if op == 'mark':
                n = ins[1]
                slots = slots[:n] + (i,) + slots[n + 1:]
                pc += 1
                continue
            if op == 'guard':
                if slots[ins[1]] == i:
                    break
                pc += 1
                continue
            if op == 'assert':
                k = ins[1]
                if k == 'bol':
                    ok = i == 0 or (multiline and s[i - 1] == '\n')
                elif k == 'eol':
                    ok = i == len(s) or (i == len(s) - 1 and s[i] == '\n') or (multiline and s[i] == '\n')
                elif k == 'bos':
                    ok = i == 0
                elif k == 'eos':
                    ok = i == len(s)
                else:
                    before = i > 0 and _is_word(s[i - 1], ascii)
                    after = i < len(s) and _is_word(s[i], ascii)
                    ok = (before != after) == (k == 'wordb')
                if not ok:
                    break
                pc += 1
                continue
            if op == 'backref':
                a, b = caps[2 * ins[1]], caps[2 * ins[1] + 1]
                if a is None or b is None:
                    break
                sub = s[a:b]
                seg = s[i:i + len(sub)]
                if i + len(sub) <= endpos and (seg == sub or (icase and seg.lower() == sub.lower())):
                    i += len(sub)
                    pc += 1
                    continue
                break
            if op == 'look':
                r = _run(ins[1], s, i, len(s), ncaps, nslots, flags)
                if (r is None) != ins[2]:
                    break
                if r is not None:
                    caps = tuple(r[1][k] if r[1][k] is not None else caps[k] for k in range(len(caps)))
                pc += 1
                continue
            if op == 'endat':
                if i != endpos:
                    break
                pc += 1
                continue
            if op == 'match':
                if must_advance and i == pos:
                    break
                return i, caps
    return None


class Match:
    def __init__(self, pattern, string, pos, endpos, caps):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._caps = caps
        last = None
        best = -1
        for g in range(1, pattern.groups + 1):
            if caps[2 * g + 1] is not None and caps[2 * g + 1] > best:
                last, best = g, caps[2 * g + 1]
        self.lastindex = last
        self.lastgroup = None
        if last is not None:
            for name, idx in pattern.groupindex.items():
                if idx == last:
                    self.lastgroup = name

    def _index(self, g):
        if isinstance(g, str):
            if g not in self.re.groupindex:
                raise IndexError("no such group")
            return self.re.groupindex[g]
        if not isinstance(g, int) or g < 0 or g > self.re.groups:
            raise IndexError("no such group")
        return g

    def span(self, group=0):
        g = self._index(group)
        a, b = self._caps[2 * g], self._caps[2 * g + 1]
        return (-1, -1) if a is None or b is None else (a, b)

    def start(self, group=0):
        return self.span(group)[0]

    def end(self, group=0):
        return self.span(group)[1]

    def group(self, *groups):
        if not groups:
            groups = (0,)
        out = []
        for g in groups:
            a, b = self.span(g)
            out.append(None if a == -1 else self.string[a:b])
        return out[0] if len(out) == 1 else tuple(out)

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        return tuple(default if v is None else v for v in (self.group(g) for g in range(1, self.re.groups + 1)))

    def groupdict(self, default=None):
        out = {}
        for name, idx in self.re.groupindex.items():
            v = self.group(idx)
            out[name] = default if v is None else v
        return out

    def expand(self, template):
        return _expand(self.re, template, self)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self.span(), self.group())


def _expand(pattern, repl, m):
    out = []
    i = 0
    while i < len(repl):
        c = repl[i]
        if c != '\\' or i + 1 >= len(repl):
            out.append(c)
            i += 1
            continue
        n = repl[i + 1]
        if n == 'g':
            j = repl.find('>', i)
            if not repl.startswith('<', i + 2) or j < 0:
                raise error("missing <", repl, i + 2)
            name = repl[i + 3:j]
            g = int(name) if name.isdigit() else pattern.groupindex.get(name)
            if g is None:
                raise IndexError("unknown group name '%s'" % name)
            out.append(m.group(g) or '')
            i = j + 1
        elif n.isdigit():
            j = i + 1
            while j < len(repl) and repl[j].isdigit() and j - i < 2:
                j += 1
            g = int(repl[i + 1:j])
            if g > pattern.groups:
                raise error("invalid group reference %d" % g, repl, i + 1)
            out.append(m.group(g) or '')
            i = j
        else:
            simple = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', '\\': '\\'}
            if n in simple:
                out.append(simple[n])
            elif n.isalpha():
                raise error("bad escape \\" + n, repl, i)
            else:
                out.append('\\' + n)
            i += 2
    return ''.join(out)


class Pattern:
    def __init__(self, pattern, flags):
        if not isinstance(pattern, str):
            _refuse("re: bytes patterns")
        p = _Parser(pattern, flags)
        tree = p.parse()
        self.pattern = pattern
        self.flags = p.flags | (UNICODE if not p.flags & ASCII else 0)
        self.groups = p.ngroups
        self.groupindex = dict(p.names)
        c = _Compiler()
        c.node(tree)
        c.emit(('match',))
        self._code = c.code
        self._slots = c.slots

    def __repr__(self):
        names = [n for f, n in _FLAG_NAMES if self.flags & f and f != UNICODE]
        if names:
            return "re.compile(%r, %s)" % (self.pattern, '|'.join(names))
        return "re.compile(%r)" % (self.pattern,)

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _at(self, s, i, endpos, must_advance=False, code=None):
        r = _run(code or self._code, s, i, endpos, self.groups, self._slots, self.flags, must_advance)
        if r is None:
            return None
        end, caps = r
        caps = (i, end) + caps[2:]
        return Match(self, s, i, endpos, caps)

    def _check(self, string):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)

    def _bounds(self, string, pos, endpos):
        self._check(string)
        n = len(string)
        endpos = n if endpos is None else max(0, min(endpos, n))
        return max(0, min(pos, n)), endpos

    def _search(self, s, pos, endpos, must_advance):
        i = pos
        while i <= endpos:
            m = self._at(s, i, endpos, must_advance and i == pos)
            if m is not None:
                return m
            i += 1
        return None

    def match(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        m = self._at(string, pos, endpos)
        if m is not None:
            m.pos = pos
        return m

    def fullmatch(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        m = self._at(string, pos, endpos, False, self._code[:-1] + [('endat',), ('match',)])
        if m is not None:
            m.pos = pos
        return m

    def search(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        m = self._search(string, pos, endpos, False)
        if m is not None:
            m.pos = pos
        return m

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos = self._bounds(string, pos, endpos)
        out = []
        i = pos
        must = False
        while i <= endpos:
            m = self._search(string, i, endpos, must)
            if m is None:
                break
            m.pos = pos
            out.append(m)
            must = m.end() == m.start()
            i = m.end()
        return iter(out)

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                out.append(m.group(1) or '')
            else:
                out.append(tuple(g or '' for g in m.groups()))
        return out

    def subn(self, repl, string, count=0):
        self._check(string)
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            out.append(string[last:m.start()])
            out.append(repl(m) if callable(repl) else _expand(self, repl, m))
            last = m.end()
            n += 1
        out.append(string[last:])
        return ''.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def split(self, string, maxsplit=0):
        self._check(string)
        out = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(string[last:])
        return out


_cache = {}


def compile(pattern, flags=0):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = _cache[key] = Pattern(pattern, flags)
    return p


def match(pattern, string, flags=0):
    return compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


_special = set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    return ''.join('\\' + c if c in _special else c for c in pattern)
