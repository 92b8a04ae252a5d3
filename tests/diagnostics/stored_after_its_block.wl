// A variable declared only in a block, then given a value after its END by a multiple
// assignment or a reference store, has that value on every path: no WL226 at the store
// (its targets are not reads) nor at a later read (docs/semantics.md "Declarations in
// blocks"). `x += 1` still reads x first.
c is boolean = False
IF c THEN
	x is int = 5
	y is int = 6
END
(x, y) = (1, 2)
Trace(x, y)
IF c THEN
	a is array of int
END
t is array of int = [1]
a <- t
Trace(a[1])
IF c THEN
	n is int = 1
END
n += 1 // warning: WL226:1 'n' is read after the END of the IF block that declares it: where that block did not run, it was never given a value
