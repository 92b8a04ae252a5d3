// contains operators: [=] exact, [~] ignores case, [~~] ignores spaces, punctuation and case
Trace("Hello world" [=] "o w") // expect: 1
Trace("Hello world" [=] "WORLD") // expect: 0
Trace("Hello world" [~] "WORLD") // expect: 1
Trace("Hello, world" [~~] "OWOR") // expect: 1
Trace("Hello" [~] "xyz") // expect: 0
