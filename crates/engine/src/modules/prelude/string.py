# string, written in Python: the constants, capwords and Template.

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or ('a' <= c.lower() <= 'z')


def _is_ident_char(c):
    return _is_ident_start(c) or '0' <= c <= '9'


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _sub(self, mapping, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            c = t[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and t[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            if i + 1 < n and t[i + 1] == '{':
                j = i + 2
                while j < n and _is_ident_char(t[j]):
                    j += 1
                name = t[i + 2:j]
                if name and _is_ident_start(name[0]) and j < n and t[j] == '}':
                    if name in mapping:
                        out.append(str(mapping[name]))
                    elif safe:
                        out.append(t[i:j + 1])
                    else:
                        raise KeyError(name)
                    i = j + 1
                    continue
            elif i + 1 < n and _is_ident_start(t[i + 1]):
                j = i + 1
                while j < n and _is_ident_char(t[j]):
                    j += 1
                name = t[i + 1:j]
                if name in mapping:
                    out.append(str(mapping[name]))
                elif safe:
                    out.append(t[i:j])
                else:
                    raise KeyError(name)
                i = j
                continue
            if safe:
                out.append('$')
                i += 1
                continue
            lineno = t.count('\n', 0, i) + 1
            col = i - (t.rfind('\n', 0, i) + 1) + 1
            raise ValueError(f'Invalid placeholder in string: line {lineno}, col {col}')
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        m = {} if mapping is None else dict(mapping)
        m.update(kws)
        return self._sub(m, False)

    def safe_substitute(self, mapping=None, /, **kws):
        m = {} if mapping is None else dict(mapping)
        m.update(kws)
        return self._sub(m, True)

    def get_identifiers(self):
        ids = []
        t = self.template
        i = 0
        while i < len(t):
            if t[i] == '$' and i + 1 < len(t):
                if t[i + 1] == '$':
                    i += 2
                    continue
                j = i + 1
                brace = t[j] == '{'
                if brace:
                    j += 1
                k = j
                while k < len(t) and _is_ident_char(t[k]):
                    k += 1
                name = t[j:k]
                if name and _is_ident_start(name[0]) and (not brace or (k < len(t) and t[k] == '}')) and name not in ids:
                    ids.append(name)
                i = k
            else:
                i += 1
        return ids
