// Length, Left, Right, Middle, Upper, Lower
s is string = "Hello World"
Trace(Length(s)) // expect: 11
Trace(Left(s, 5)) // expect: Hello
Trace(Right(s, 5)) // expect: World
Trace(Middle(s, 7, 3)) // expect: Wor
Trace(Middle(s, 7)) // expect: World
Trace(Upper(s)) // expect: HELLO WORLD
Trace(Lower(s)) // expect: hello world
Trace(Left(s)) // expect: H
Trace(Left("ab", 10)) // expect: ab
