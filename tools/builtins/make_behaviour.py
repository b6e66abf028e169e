#!/usr/bin/env python3
"""Generates behaviour.jsonl: small statements about the built-in types
(methods, operators, formatting, edge cases, error messages) and what
CPython 3.11 gives for each. Run with CPython 3.11:

    PYTHONHASHSEED=0 python3 tools/builtins/make_behaviour.py

Each line is {"body", "out"}: the program WRAP.format(body) (body assigns
`__r`, statements separated by ';') prints `ok <repr(__r)>` or
`err <Type>: <msg>`. tests/builtins_args.rs runs the same programs."""
import contextlib, io, json, os

WRAP = """try:
    {body}
except Exception as __e:
    print('err', type(__e).__name__ + ':', __e)
else:
    print('ok', repr(__r))
"""

EXPRS = r"""
'straße'.upper()
'ǅungla'.lower()
'ΣΑΣ ΟΔΟΣ'.lower()
'hello world'.title()
"they're bill's".title()
'ﬁsh'.title()
'ß'.casefold()
'ǆemal'.capitalize()
'hello2world ab中cd'.title()
'HELLO world'.capitalize()
'Hello World'.swapcase()
'İ'.lower()
'a\u2003b\u00a0c\x1cd'.split()
'  a  b  '.split(None, 1)
'  a  b  '.rsplit(None, 1)
'a,b,,c'.split(',')
'a,b,,c'.rsplit(',', 2)
''.split()
''.split(',')
'a b'.split(' ', 0)
'abc'.split('')
'a\r\nb\rc\nd'.splitlines()
'a\nb\n'.splitlines(True)
'x\x1cy\u2028z'.splitlines()
'abc'.find('', 3)
'abc'.find('', 4)
'abc'.rfind('')
'abc'.count('')
'abc'.count('', 1)
'abc'.count('', 5)
'aaaa'.count('aa')
'abc'.startswith('', 3)
'abc'.startswith('', 4)
'abc'.startswith(('x', 'a'))
'abc'.endswith(('c',), 0, 2)
'abc'.startswith(['a'])
'abc'.index('z')
'abc'.rindex('z')
'abcabc'.find('b', -2)
'abcabc'.rfind('b', 0, -2)
'abc'.find('c', None, None)
'abc'.find('c', 'x')
'aaa'.replace('a', 'b', 2)
'abc'.replace('', '-')
'abc'.replace('', '-', 2)
'abc'.replace('x', 'y')
'ab'.center(7, '*')
'abc'.center(6)
'abc'.center(6, '-')
'-42'.zfill(6)
'+x'.zfill(4)
'ab'.ljust(1)
'ab'.center(5, 'xy')
'ab'.rjust('5')
'xxhixx'.strip('x')
'  hi\t\n'.strip()
'abc'.strip(None)
'abc'.strip(5)
'²'.isdigit()
'²'.isdecimal()
'½'.isnumeric()
'一二'.isnumeric()
'abc'.isalpha()
'é'.isalpha()
''.isalpha()
'A1'.isalnum()
'Hello World'.istitle()
'Hello world'.istitle()
'HELLO'.isupper()
'hello1'.islower()
'123'.islower()
'\t'.isprintable()
'abc def'.isprintable()
'é'.isascii()
'_x1'.isidentifier()
'1x'.isidentifier()
'ǅ'.istitle()
' \t\n'.isspace()
','.join(['a', 'b'])
','.join([1, 2])
''.join('abc')
'-'.join({'a': 1, 'b': 2})
','.join(5)
'a=b=c'.partition('=')
'a=b=c'.rpartition('=')
'abc'.partition('x')
'abc'.rpartition('x')
'abc'.partition('')
'hello'.translate(str.maketrans('el', 'ip'))
'hello'.translate({ord('l'): None})
'hello'.translate({ord('h'): 'J', ord('o'): 'OO'})
str.maketrans({'a': 'b', 'c': None})
str.maketrans('ab', 'c')
'abc'.translate(str.maketrans('', '', 'b'))
str.maketrans('a')
'café'.encode()
'café'.encode('ascii')
'café'.encode('ascii', 'ignore')
'café'.encode('ascii', 'replace')
'café€'.encode('latin-1', 'backslashreplace')
'café'.encode('latin-1')
b'caf\xc3\xa9'.decode()
b'\xff'.decode()
b'\xe4\xbd'.decode()
b'\xe4\xbdx'.decode()
b'a\xffb'.decode('utf-8', 'replace')
b'a\xffb'.decode('utf-8', 'ignore')
b'a\xffb'.decode('ascii')
b'a\xffb'.decode('latin-1')
'x'.encode('foo')
'a\tb\tc'.expandtabs(4)
'\tx'.expandtabs()
'ab\ncd\te'.expandtabs(3)
'{} {}'.format(1, 2)
'{1} {0}'.format('a', 'b')
'{x}'.format(x=5)
'{0[1]}'.format([5, 6])
'{0[a]}'.format({'a': 7})
'{a.real}'.format(a=3)
'{:>5}|{:<5}|{:^5}'.format(1, 2, 3)
'{:*^9}'.format('mid')
'{:+.2f}'.format(3.14159)
'{:,}'.format(1234567)
'{:_}'.format(1234567)
'{:08.3f}'.format(-3.5)
'{:x} {:X} {:o} {:b}'.format(255, 255, 8, 5)
'{:#x} {:#o} {:#b}'.format(255, 8, 5)
'{:e}'.format(12345.678)
'{:.3g}'.format(0.0001234)
'{:g}'.format(1e20)
'{:%}'.format(0.25)
'{:.1%}'.format(0.256)
'{!r}'.format('a')
'{!s:>4}'.format(1)
'{!a}'.format('é')
'{:{}}'.format(3, 5)
'{0:{1}.{2}f}'.format(3.14159, 10, 3)
'{{}}'.format()
'{}'.format()
'{0}{}'.format(1, 2)
'{x}'.format()
'{:d}'.format(1.5)
'{:s}'.format(1)
'{'.format()
'}'.format()
'{:=+8}'.format(42)
'{:c}'.format(65)
'{:n}'.format(1234)
'{:>10}'.format(None)
'{:5}'.format(True)
'{:.2}'.format('abcdef')
'{0.imag}'.format(1.5)
'{:,.2f}'.format(-1234567.891)
'%s %d' % ('a', 5)
'%5.2f' % 3.14159
'%-5s|' % 'ab'
'%r' % ('x',)
'%x %o %e' % (255, 8, 1234.5)
'%(a)s %(b)d' % {'a': 'x', 'b': 2}
'%d%%' % 50
'%s' % [1, 2]
'%s' % ([1, 2],)
'%d' % 'x'
'%s %s' % ('a',)
'%s' % ('a', 'b')
'%c' % 65
'%05d' % -42
'%+d' % 5
'%.3s' % 'abcdef'
'%i' % 3.9
'%z' % 1
'%s' % {'a': 1}
'%*d' % (5, 42)
'%-8.3f|' % 2.5
'%g' % 0.00001
'%#x' % 255
'%5s' % None
f'{3.14159:.2f}'
f'{1000000:,}'
f'{"x"!r:>5}'
f'{5:03}'
f'{"ab":*<6}'
f'{-0.0}'
f'{1e16}'
f'{12:b}'
[1, 2, 3, 4, 5][::-1]
[1, 2, 3, 4, 5][1:-1:2]
[1, 2, 3][5:]
[1, 2, 3][-10:2]
[1, 2, 3][::0]
[1, 2, 3][1.5]
[1, 2, 3][3]
[1, 2, 3][-4]
[1, 2, 3]['a']
[1, 2, 3][None:2]
x = [1, 2, 3, 4, 5]; x[1:3] = []; __r = x
x = [1, 2, 3, 4, 5]; x[::2] = [0, 0, 0]; __r = x
x = [1, 2, 3, 4, 5]; x[::2] = [0]; __r = x
x = [1, 2, 3]; del x[::2]; __r = x
x = [1, 2, 3]; x[5:] = [9]; __r = x
x = [1, 2, 3]; x[1:1] = 'ab'; __r = x
x = [1, 2, 3]; x[0:2] = 5; __r = x
x = [1, 2, 3]; x[3] = 1; __r = x
x = [1, 2, 3]; del x[5]; __r = x
x = [1, 2, 3]; x[-1] += 10; __r = x
sorted([3, 1, 2], reverse=True)
sorted([(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')], key=lambda t: t[0])
sorted([(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')], key=lambda t: t[0], reverse=True)
sorted(['b', 'A', 'a', 'B'], key=str.lower)
sorted([1, 'a'])
sorted([3, 1, 2], key=lambda x: -x, reverse=True)
sorted([[2, 'b'], [1, 'z'], [2, 'a']])
sorted([1.5, 1, True, 0.5])
sorted('banana')
[1, 2, 3].index(4)
[].pop()
[1].pop(5)
[1, 2] + (3,)
[1, 2] * 2
[0] * -1
[[0] * 2] * 2
[1, 2, 3] < [1, 2, 4]
[1, 2] < [1, 2, 0]
[1, 'a'] < [1, 2]
[1, 2] == (1, 2)
x = [1]; x += (2, 3); __r = x
x = [1]; x.extend('ab'); __r = x
[1, 2, 3].remove(5)
x = [1, 2, 3]; x.insert(-1, 9); __r = x
x = [1, 2, 3]; x.insert(100, 9); __r = x
[1, [2, 3]].count([2, 3])
x = []; x.append(x); __r = x
x = [3, 1, 2]; x.sort(key=None); __r = x
[1, 2, 3] * True
[1] * 2.0
x = [1, 2]; x *= 2; __r = x
list(reversed([1, 2, 3]))
[i * i for i in range(5) if i % 2]
{'a': 1} | {'b': 2}
{'a': 1, 'b': 2} | {'a': 3}
d = {'a': 1}; d |= {'b': 2}; __r = d
{'a': 1} | [('b', 2)]
d = {'a': 1}; d |= [('b', 2)]; __r = d
dict.fromkeys('ab', [])
dict.fromkeys(['x', 'y'])
{'a': 1}.get('b')
{1: 'a', True: 'b'}
{1.0: 'x', 1: 'y'}
d = {}; d.setdefault('k', []).append(1); __r = d
{'a': 1}['b']
{}.popitem()
{'a': 1}.pop('b')
{'a': 1}.pop('b', None)
dict(a=1, b=2)
dict([('a', 1)], b=2)
dict([1, 2])
dict([(1, 2, 3)])
dict(['ab', 'cd'])
list({'b': 1, 'a': 2})
{'a': 1} == {'a': 1.0}
{'a': 1}.keys() & {'a', 'b'}
sorted({'a': 1}.keys() | {'b'})
{'a': 1, 'b': 2}.items() - {('a', 1)}
list(reversed({'a': 1, 'b': 2}))
list(reversed({'a': 1, 'b': 2}.items()))
{'a': 1}.keys() == {'a'}
len({'a': 1}.values())
'a' in {'a': 1}.keys()
('a', 1) in {'a': 1}.items()
repr({'a': 1}.items())
repr({'a': 1}.keys())
repr({'a': 1}.values())
{[1]: 2}
d = {'a': 1}; d.update([('b', 2)], c=3); __r = d
d = {'a': 1}; d.update(5); __r = d
{**{'a': 1}, 'b': 2}
max({'a': 1, 'b': 2}, key={'a': 1, 'b': 2}.get)
sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1])
d = {'a': 1}; d['b'] = d; __r = d
d = {'a': 1, 'b': 2}; del d['a']; __r = d
d = {'a': 1}; del d['z']; __r = d
{'a': 1} < {'b': 2}
{1, 2, 3} & {2, 3, 4}
{1, 2} | {3}
{1, 2, 3} - {2}
{1, 2} ^ {2, 3}
{1, 2} <= {1, 2, 3}
{1, 2} < {1, 2}
frozenset([1, 2]) | {3}
{3} | frozenset([1, 2])
{1, 2}.union([3], (4,))
{1, 2, 3}.intersection([2], {2, 3})
{1, 2, 3}.difference([1], [2])
set('hello')
sorted(set('hello'))
{1, 2}.remove(5)
set().pop()
{frozenset({1}): 'x'}
{1, 1.0, True}
{(1, 2), (1, 2)}
{[1]}
set([1, 2]) == frozenset([1, 2])
{1, 2} & [2]
{'b', 'a', 'c'}
{'apple', 'banana', 'cherry', 'date'}
{10, 3, 7, 100, 42}
s = {1, 2}; s.add(3); s.discard(9); __r = s
s = {1, 2, 3}; s -= {1}; s |= {7}; __r = s
repr(set())
repr(frozenset())
frozenset({1, 2}) == {1, 2}
{1, 2}.issubset([1, 2, 3])
(1, 2) + (3,)
(1,) * 3
(1, 2, 3)[::-1]
(1, 2) < (1, 3)
(1, 2, 3).index(3)
(1, 2).index(5)
t = (1, [2]); t[1].append(3); __r = t
t = (1, 2); t[0] = 5; __r = t
tuple([1, 2])
()
(1,)
((1, 2),)
(1, 2) + [3]
(1, 2, 3)[1:]
(1, 2) * -1
7 // 2
-7 // 2
-7 % 3
7 % -3
2 ** -1
2 ** 100
divmod(-7, 2)
int('  42  ')
int('1_000')
int('0x1f', 16)
int('0x1f', 0)
int('12', 3)
int('z', 36)
int('1.5')
int(' ')
int(3.99)
int(-3.99)
int(True)
int('٣')
int(float('inf'))
int(float('nan'))
int([1])
int('10', 1)
(255).to_bytes(2, 'little')
(-1).to_bytes(2, 'big', signed=True)
(256).to_bytes(1, 'big')
(-1).to_bytes(2, 'big')
(255).to_bytes(1, 'middle')
int.from_bytes(b'\xff\xff', 'big', signed=True)
int.from_bytes([1, 2], 'little')
(10).bit_length()
(-10).bit_count()
(12).as_integer_ratio()
True + True
True / 2
~5
5 >> 1
-5 >> 1
1 << 64
5 & 3 | 8 ^ 1
10 / 4
10 / 0
10 % 0
10 // 0
0 ** -1
pow(2, 10, 1000)
pow(3, -1, 7)
pow(2, -1, 4)
round(2.5)
round(3.5)
round(-0.5)
round(1234, -2)
round(1250, -2)
round(-1250, -2)
hash(-1)
hash(2 ** 61)
hash(-2 ** 61)
int('9' * 30) % 7
10 ** 20 // 3
-(2 ** 63)
2 ** 63 - 1 + 1
1e3 == 1000
int('+5')
int('-0')
bin(-5)
hex(-255)
oct(64)
int('0b101', 0)
int('010', 0)
1 << -1
2 ** 0.5
(-8) // 3
int('1' * 5000)
0.1 + 0.2
1 / 3
(2.5).hex()
(-0.0).hex()
(1e-320).hex()
(0.1).hex()
float.fromhex('0x1.8p1')
float.fromhex('xyz')
float.fromhex('0x1.fffffffffffffp1023')
float.fromhex('0x1p-1074')
float.fromhex('-0x1.4p+3')
(0.1).as_integer_ratio()
float('inf')
float('-inf')
float('nan')
float(' 1e3 ')
float('1_000.5')
float('abc')
float('')
float('  -Infinity ')
1e308 * 10
-1e308 * 10
float('nan') == float('nan')
round(2.675, 2)
round(0.5)
round(1.5)
round(-1.5)
round(1e20)
round(float('inf'))
round(2.5, 0)
round(5, 0.5)
1.5 // 0.4
-1.5 // 0.4
5.5 % 2
-5.5 % 2
2.0 ** 0.5
(-2.0) ** 2
1e16
1e-5
123456789.0 * 10 ** 10
(3.0).is_integer()
float(10 ** 400)
10 ** 400 / 1
1.0 / 0
1.0 % 0
divmod(1.0, 0)
0.1 * 3
1.1 + 2.2 == 3.3
sum([0.1] * 10)
float(True)
float('  -2.5e-3  ')
str(1e22)
str(1.0e-7)
repr(100.0)
1e16 + 1
abs(-0.0)
-0.0 == 0.0
max(1, 1.0)
max(1.0, 1)
min(0, -0.0)
hash(1.5)
hash(-0.0)
hash(float('inf'))
int(1e20)
2.0 ** 1024
10.0 ** -400
b'abc'[0]
b'abc'[1:]
b'abc'[-1:]
b'a' + b'b'
b'ab' * 2
bytes([65, 66])
bytes(3)
bytes('é', 'utf-8')
bytes([256])
bytes(-1)
b'hello world'.split()
b'a,b'.split(b',')
b'abc'.upper()
b'  x '.strip()
b'abc'.find(b'c')
b'abc'.find(99)
b'abc'.replace(b'b', b'X')
b'\x00\xff'.hex()
b'abc'.hex(':')
b'abcdef'.hex(':', 2)
b'abcde'.hex('-', -2)
bytes.fromhex('de ad be ef')
bytes.fromhex('xy')
b'abc' == 'abc'
b'abc' < b'abd'
list(b'hi')
b'abc'.decode('ascii')
b'a' in b'cat'
97 in b'cat'
300 in b'cat'
b'x'.join([b'a', b'b'])
b'x'.join(['a'])
b'ab'.startswith((b'x', b'a'))
repr(b'\n\t\\\'')
repr(b'"\'')
bytes('abc')
b'abc'.count(b'')
b'a\nb\r\nc'.splitlines()
b'abc'.center(7, b'*')
b'abc'.translate(bytes.maketrans(b'ab', b'xy'))
b'abc'.translate(None, b'b')
b'Hello World'.swapcase()
b'hello world'.title()
b'abc'.zfill(5)
len(b'\x00\x01')
b'abc'.index(b'z')
b'abc'.removeprefix(b'a')
b'abc'.partition(b'b')
b'1 2  3 '.rsplit(None, 1)
b'1 2  3 '.split(None, 1)
b'abc' + 'd'
b'abc'.split(b'')
bytes(b'abc')
bytes(range(65, 70))
range(10)[2:5]
range(10)[::-2]
range(0, 10, 3)[-1]
range(5)[10]
len(range(0, 10, 3))
list(range(10, 0, -3))
range(5) == range(0, 5)
range(0) == range(5, 2)
range(0, 3, 2) == range(0, 4, 2)
3 in range(0, 10, 3)
4 in range(0, 10, 3)
range(0, 10, 3).index(9)
range(5).index(7)
range(1, 10).count(5)
list(reversed(range(1, 10, 3)))
range(1.5)
range(0, 5, 0)
repr(range(0, 5, 2))
range(5)[-1]
hash(range(3)) == hash(range(3))
range(3).start
bool(range(0))
sum(range(101))
max(range(5))
range(10)[1:8:3]
range(-5)
str(ValueError('bad'))
repr(ValueError('bad'))
repr(ValueError('a', 1))
str(ValueError('a', 1))
repr(KeyError('k'))
str(KeyError('k'))
str(KeyError())
str(KeyError('a', 'b'))
ValueError('x').args
repr(Exception())
str(Exception())
isinstance(KeyError(), LookupError)
issubclass(ZeroDivisionError, ArithmeticError)
ZeroDivisionError.__mro__
ValueError.__name__
e = ValueError('x'); e.add_note('n'); __r = e.__notes__
str(OSError(2, 'No such file'))
OSError(2, 'x').errno
repr(StopIteration(5))
StopIteration(5).value
repr(SystemExit(3))
SystemExit(3).code
ValueError() == ValueError()
str(ExceptionGroup('eg', [ValueError(1)]))
ExceptionGroup('eg', [ValueError(1)]).exceptions
repr(RuntimeError())
e = ValueError('x'); e.foo = 5; __r = e.foo
str(ZeroDivisionError('division by zero'))
KeyError(1).args
issubclass(ModuleNotFoundError, ImportError)
issubclass(TimeoutError, OSError)
issubclass(FileNotFoundError, OSError)
issubclass(UnicodeDecodeError, ValueError)
issubclass(RecursionError, RuntimeError)
issubclass(NotImplementedError, RuntimeError)
issubclass(KeyboardInterrupt, Exception)
BaseException('a').with_traceback(None).args
1 == 1.0 == True
hash(1) == hash(1.0) == hash(True)
[1, 2] == [1.0, 2.0]
(1, 2) < (1, 2, 0)
'a' < 'b' < 'c'
'Z' < 'a'
'é' > 'z'
None == 0
None < 1
[] == False
1 < 2 < 3 > 2
float('nan') in [float('nan')]
x = float('nan'); __r = x in [x]
hash('abc') == hash('abc')
hash((1, 'a'))
hash('a')
hash('')
hash(frozenset({1, 2}))
hash((1, 2, 3))
hash(None) == hash(None)
{} == {}
{1: 2} != {1: 3}
[1, [2]] == [1, [2]]
object() == object()
(1,) == [1]
'1' == 1
2 ** 0.5 == 1.4142135623730951
0.1 + 0.2 == 0.3
[1] * 0 == []
1 in {1: 2}
'ab' in 'cab'
'' in 'abc'
[1, 2] in [[1, 2]]
3 not in [1, 2]
1 in 'abc'
None in [None]
[1, 2] < [1, 'a']
(1, 'a') < (2, 1)
{1} < {1, 2} < {1, 2, 3}
'abc' * 0
-'a'
'a' + 1
1 + 'a'
[] + {}
{} + {}
'%s' + 5
sorted('hello')
sorted([3, 1, 2], key=lambda x: x % 2)
min([], default=5)
max('apple', 'pear', key=len)
max([1, 3], [2])
min(3, 1, 2)
max([])
min(1)
max(1, 2, default=0)
max(key=len)
sum([[1], [2]], [])
sum([1.5, 2.5])
sum(['a'], '')
sum([1, 2], start=10)
sum([0.1] * 3)
sum([1, 2.5, True])
any([])
all([])
list(zip('abc', [1, 2]))
list(zip([1], [2], strict=True))
list(zip([1, 2], [3], strict=True))
list(zip([1], [2, 3], strict=True))
list(enumerate('ab', start=1))
list(enumerate('ab', 10))
list(map(lambda x, y: x + y, [1, 2], [3, 4]))
list(map(str, [1, 2]))
list(filter(None, [0, 1, '', 'a']))
list(filter(lambda x: x > 1, [1, 2, 3]))
list(reversed([1, 2, 3]))
reversed(5)
abs(-2.5)
divmod(7, 2)
divmod(-7.5, 2)
chr(9731)
ord('€')
ord('ab')
chr(-1)
chr(0x110000)
repr('it\'s')
repr('a"b')
repr('a\'b"c')
repr('\x00\t\u200b\x7f')
repr('é\u00a0ñ')
ascii('café')
str(None)
bool([])
bool('False')
list('abc')
tuple({'a': 1})
isinstance(True, int)
isinstance(1, (str, int))
isinstance(1, [int])
type(1) is int
type(True).__name__
callable(len)
callable(5)
getattr(5, 'real')
getattr(5, 'nope')
hasattr([], 'append')
next(iter('ab'))
next(iter([]))
format(0.5, '%')
format(1234.5678, ',.2f')
format('x', '^5')
format(5, 'b')
format(-5, '08b')
format(3, 'x<4')
format(123, 's')
round(2.567, 1)
round(-2.567, 2)
pow(2, 0.5)
hex(255)
bin(0)
len('héllo')
len([1, [2, 3]])
len(5)
abs('x')
int.__name__
str(type(1))
repr(int)
repr(len)
repr(print)
repr(None)
repr(...)
repr(NotImplemented)
repr(type(None))
repr(object)
repr(ValueError)
iter(5)
list(iter(5))
next(5)
[*range(3), *'ab']
{**{'a': 1}, **{'a': 2}}
print(*[1, 2], sep='-')
x, *y = [1, 2, 3]; __r = (x, y)
x, y = [1, 2, 3]; __r = x
x, y, z = [1, 2]; __r = x
x, y = 5; __r = x
(lambda *a, **k: (a, k))(1, b=2)
(lambda a, b=2: a + b)(1)
(lambda a: a)()
(lambda a: a)(1, 2)
(lambda a: a)(b=1)
(lambda a, /, b: a)(a=1, b=2)
(lambda *, a: a)(1)
'abc'[1]
'abc'[5]
'abc'[::-1]
'abc'[1:100]
'abc'['a']
'abc'.__len__()
'x'[0][0][0]
s = 'abc'; s[0] = 'z'; __r = s
'-'.join(reversed('abc'))
'a' * 3 + 'b' * 0
str(123)[::-1]
'Hello'[-1]
"'".join(['a', 'b'])
'\N{BULLET}'
'%.2f%%' % 99.5
str([1, 'a', None, 2.0, True])
str({'k': [1, {'z': (1,)}]})
str((1,))
repr('multi\nline')
str(b'x')
str(1.0)
str(10 ** 20)
str(-0.0)
str(1e-4)
str(0.0001)
str(123456789012345678.0)
str(float('inf'))
""".strip("\n").split("\n")

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    seen = set()
    n = 0
    with open(os.path.join(here, "..", "..", "crates", "engine", "tests", "data", "builtins", "behaviour.jsonl"), "w") as fh:
        for line in EXPRS:
            if not line.strip() or line in seen:
                continue
            seen.add(line)
            body = line if "__r =" in line else f"__r = {line}"
            src = WRAP.format(body=body)
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                exec(compile(src, "<case>", "exec"), {"__name__": "__main__"})
            fh.write(json.dumps({"body": body, "out": buf.getvalue()}, ensure_ascii=False) + "\n")
            n += 1
    print(n, "cases")

if __name__ == "__main__":
    main()
