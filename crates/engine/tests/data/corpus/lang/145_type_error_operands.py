# TypeError messages for unsupported operand types.
text, one_list, flt = "abc", [1], 1.0
tests = [
    ("1 + 'a'", lambda: 1 + "a"),
    ("'a' + 1", lambda: "a" + 1),
    ("[1] + (2,)", lambda: [1] + (2,)),
    ("None + 1", lambda: None + 1),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("[1] * 1.5", lambda: [1] * 1.5),
    ("{} + {}", lambda: {} + {}),
    ("1 < 'a'", lambda: 1 < "a"),
    ("[] > 1", lambda: [] > 1),
    ("None < None", lambda: None < None),
    ("-'x'", lambda: -"x"),
    ("~1.5", lambda: ~1.5),
    ("2 ** 'x'", lambda: 2 ** "x"),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("5 - '2'", lambda: 5 - "2"),
    ("1.5 // 'a'", lambda: 1.5 // "a"),
    ("{1} - [1]", lambda: {1} - [1]),
    ("'abc'[1.0]", lambda: text[flt]),
    ("[1]['a']", lambda: one_list["a"]),
]
for text, fn in tests:
    try:
        fn()
    except TypeError as e:
        print(f"{text:<12} TypeError: {e}")
