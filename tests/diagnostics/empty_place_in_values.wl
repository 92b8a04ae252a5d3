// an empty place in values (not a multiple assignment target)
x is int
x = Max((1, , 3)) // error: WL100:9 a value is missing between two commas (an empty place only skips a value in `(x, , z) = ...`)
Trace(x)
