// optional parameters take their default values when left out
Trace(Greet("Ann")) // expect: Hello Ann!
Trace(Greet("Bob", "Hi")) // expect: Hi Bob!
Trace(Greet("Cy", "Hey", "?")) // expect: Hey Cy?

PROCEDURE Greet(name, greeting = "Hello", mark is string = "!")
RETURN greeting + " " + name + mark
