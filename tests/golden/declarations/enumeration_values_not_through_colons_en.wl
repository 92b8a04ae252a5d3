// An enumeration's values are written Level.High: Level::High (as a class's global
// member) stops the run saying so; it said "Unknown class 'Level'." of a declared name
// (R2 finding 11, M2, 7 Dec 2026)
Level is enumeration
	Low
	High
END
x is Level = Level.High
Trace(x) // expect: High
y is Level = Level::High // expect error: 'Level' is an enumeration, not a class: its values are written Level.High.
