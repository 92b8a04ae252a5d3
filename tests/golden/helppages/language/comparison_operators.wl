// Help page "Comparison operators" (doc.pcsoft.fr/en-US ?1512006): each operator its
// overview lists, applied as its description says (the stored page stops before its own
// examples, so the values compared are ours).
s is string = "  Hello World"
// Starts with: [=, [~ (ignores the spaces at the beginning and the case), [~~ (ignores
// all the spaces, the punctuation and the case)
Trace(s [= "  He", s [~ "hello", s [~~ "HELLOW")        // expect: 1, 1, 1
// Contains: [=], [~] (ignores the case and the spaces at the beginning and end), [~~]
Trace(s [=] "lo W", s [~] "LO w", s [~~] "low")          // expect: 1, 1, 1
// Ends with: =], ~] (ignores the spaces at the end and the case), ~~]
Trace(s =] "World", "Hello World  " ~] "WORLD", "Hello, World!" ~~] "world") // expect: 1, 1, 1
// Flexible and very flexible equality
Trace("abc" ~= "ABC ", "a.b-c" ~~ "ABC", "abc" = "ABC") // expect: 1, 1, 0
// Comparison intervals and IN
x is int = 5
Trace(1 < x < 10, 1 <= x <= 5, 5 < x <= 10)              // expect: 1, 1, 0
Trace(x IN (1, 5, 7), x NOT IN (1, 5, 7))                // expect: 1, 0
