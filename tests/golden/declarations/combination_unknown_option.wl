// A combination named with an option it does not declare stops the run there, saying
// it is a combination (it said "a value of the enumeration"; wl check: WL109)
Opts is Combination
	Read
	Write
END
o is Opts = Opts.Read + Opts.Write
IF o[Write] THEN Trace("write") // expect: write
o = Opts.Delete // wl: ignore[WL109] // expect error: 'Delete' is not an option of the combination Opts
