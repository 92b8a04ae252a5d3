// Help page "Real (Variable type)" (doc.windev.com ?1514048): its example and what its
// remarks state, traced: a real declared without a value is 0; spaces and underscores
// separate thousands; a result of more than 15 significant digits is rounded to 15; "="
// between reals is accurate to 10e-6. A "4-byte real" is declared as the page writes it
// (single precision: numbers/real_4_bytes.wl).
Num1 is real
Trace(Num1)                             // expect: 0
// num1 is real   (the example's Num1: a name is declared once)
num1 = 123 456.478
Trace(num1)                             // expect: 123456.478
num2 is real
num2 = 7_014.478
Trace(num2)                             // expect: 7014.478
r is real = 1234567890.123456789
Trace(r)                                // expect: 1234567890.12346
a is real = 1.0000001
Trace(a = 1)                            // expect: 1
b is real = 1.00001
Trace(b = 1)                            // expect: 0
Small is 4-byte real
Small = 2.5
Trace(Small * 2)                        // expect: 5
x, y are reals
Trace(x + y)                            // expect: 0
