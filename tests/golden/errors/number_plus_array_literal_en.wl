// A number followed by `+ [1]` is refused as `n is int = ["a"]` is: the optional
// concatenation `A + [B]` is for texts (5 + [1] gave "51", the number made text).
s is string = "a"
Trace(s + [", "] + "b") // expect: a, b
n is int = 5
Trace(n + [1]) // expect error: A value of type array cannot be used as a number.
