// starts-with operators: [= exact, [~ ignores leading spaces and case, [~~ ignores all spaces and punctuation
Trace("Hello world" [= "Hello") // expect: 1
Trace("Hello world" [= "hello") // expect: 0
Trace("  Hello world" [~ "hello") // expect: 1
Trace("H.e l-lo world" [~~ "hello") // expect: 1
Trace("Hello" [= "world") // expect: 0
