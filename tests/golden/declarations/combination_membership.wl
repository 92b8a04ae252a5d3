// `c[Option]` tests whether a combination variable holds an option
Opts is Combination
	CombiOption1
	CombiOption2
	CombiOption3
END
c is Opts = CombiOption1 + CombiOption3
IF c[CombiOption1] THEN Trace("has 1") // expect: has 1
IF c[CombiOption2] THEN Trace("has 2") ELSE Trace("no 2") // expect: no 2
IF c[CombiOption1 + CombiOption3] THEN Trace("has 1 and 3") // expect: has 1 and 3
IF NOT c[CombiOption1 + CombiOption2] THEN Trace("not both 1 and 2") // expect: not both 1 and 2
