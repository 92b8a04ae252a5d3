// ";" separates statements on one line and may end one
a is int = 1; b is int = 2
a++; b++;
Trace(a + b); // expect: 5
