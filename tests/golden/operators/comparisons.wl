// = <> < <= > >= on numbers and strings; = is case-sensitive on strings
Trace(1 = 1, 1 <> 1, 1 < 2, 2 <= 2, 3 > 4, 4 >= 4) // expect: 1, 0, 1, 1, 0, 1
Trace("abc" = "abc") // expect: 1
Trace("abc" = "ABC") // expect: 0
Trace("abc" < "abd") // expect: 1
Trace(2.0 = 2) // expect: 1
Trace("10" = 10) // expect: 1
