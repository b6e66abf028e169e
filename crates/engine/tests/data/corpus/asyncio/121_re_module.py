import re
print(re.findall(r'href="(.*?)"', '<a href="x.html">x</a> <a href="/y">y</a>'))
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w+)=(\d+)', 'a=1, bb=22'), re.findall('a??', 'a'), re.sub('x*', '-', 'abxd'))
m = re.search(r'(?P<year>\d{4})-(?P<month>\d\d)', 'on 2024-03-15 ok')
print(m, m.group(0), m['year'], m.group('month'), m.groups(), m.groupdict(), m.span(2), m.start(), m.end(), m.lastindex, m.lastgroup)
print(re.match(r'hello', 'hello world'), re.match('x', 'abc'), re.fullmatch(r'\w+', 'abc'), re.fullmatch(r'\w+', 'abc!'))
print(re.sub(r'(\w+)@(\w+)\.com', r'\2 at \1', 'joe@example.com, ann@test.com'), re.sub(r'\s+', ' ', '  a \t b\n c '), re.subn('a', 'b', 'aaa', count=2))
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(,)', 'a,b'), re.split(r'\W+', 'Words, words, words.'), re.split('x*', 'axbc'))
p = re.compile(r'^(\w+):\s*(.*)$', re.MULTILINE)
print(p, p.findall('key: value\nother:  thing\nbad line'), p.pattern, p.groups, p.flags == re.M | re.U)
print(re.compile('a', re.I | re.S), re.search('HELLO', 'say hello', re.I), re.findall(r'\bcat\b', 'cat concat cat.'), re.escape('a.b*c'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'), re.findall(r'(a|b)+', 'abab cc'), re.findall(r'(?:ab)+', 'ababxab'), re.search(r'(\w)\1', 'hello').group())
print(re.findall(r'\w+(?=!)', 'hi! there yo!'), re.findall(r'\w+(?!\w|!)', 'hi! there'), re.match(r'(a)?b', 'b').groups(), re.match(r'(a)?b', 'b').group(1))
print(re.findall(r'[A-Z][a-z]*', 'Hello World From Python'), re.findall(r'[^aeiou\s]+', 'hello world'), re.match('.*', 'ab\ncd').group(), re.match('.*', 'ab\ncd', re.S).group())
try:
    re.compile('a(b')
except re.error as e:
    print('error:', e)
try:
    re.compile('*a')
except re.error as e:
    print('error:', e)
print(re.findall(r'(\d+)\s*(apples|oranges)', '3 apples and 12 oranges'), re.search(r'x{2,3}', 'axxxxb').group(), re.search(r'x{2,3}?', 'axxxxb').group())
print(re.match(r'(?i)abc', 'ABC'), re.findall(r'^\s*#.*$', 'a\n  # c\nb', re.M), re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'hi yo'))
print([m.span() for m in re.finditer(r'o', 'foo boo')], re.compile(r'\d+').search('ab12cd34', 4))
