// Level::High, Level an enumeration (Opt::B, Opt a combination): its values are written
// Level.High; check said "'Level' is not declared" of a declared name (R2 finding 11, M2)
Level is enumeration
	Low
	High
END
Opt is combination
	A
	B
END
x is Level = Level::High // error: WL110:14 'Level' is an enumeration, not a class: its values are written Level.High
c is Opt = Opt::B // error: WL110:12 'Opt' is a combination, not a class: its values are written Opt.B
Trace(x, c)
